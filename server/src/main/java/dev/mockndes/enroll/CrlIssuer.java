package dev.mockndes.enroll;

import dev.mockndes.pki.Extensions;
import dev.mockndes.pki.Credential;
import dev.mockndes.store.CertificateStore;
import dev.mockndes.store.Revocation;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The CA's CRL: every revocation in the store with its reason code, a CRL number and the CA's key
 * identifier, signed by the CA with SHA-256/RSA. A CRL is built afresh when the revocations changed
 * or half its validity has passed; otherwise the last one is served again. Thread-safe.
 */
public final class CrlIssuer {
    /** nextUpdate - thisUpdate, as a default AD CS base CRL (one week). */
    public static final Duration VALIDITY = Duration.ofDays(7);

    private final Credential ca;
    private final CertificateStore store;
    private final Clock clock;
    /** CRL numbers grow with time (milliseconds) so they keep growing across restarts of a persistent CA. */
    private final AtomicLong number = new AtomicLong();
    private X509CRLHolder last;
    private int lastCount = -1;

    public CrlIssuer(Credential ca, CertificateStore store, Clock clock) {
        this.ca = ca;
        this.store = store;
        this.clock = clock;
    }

    public synchronized X509CRLHolder current() {
        var revocations = store.revocations();
        Instant now = clock.instant();
        if (last != null && lastCount == revocations.size()
                && now.isBefore(last.getThisUpdate().toInstant().plus(VALIDITY.dividedBy(2)))) {
            return last;
        }
        X509v2CRLBuilder builder = new X509v2CRLBuilder(ca.holder().getSubject(), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(VALIDITY)));
        for (Revocation revocation : revocations) {
            builder.addCRLEntry(revocation.serial(), Date.from(revocation.revokedAt()), revocation.reason());
        }
        long next = number.updateAndGet(previous -> Math.max(previous + 1, now.toEpochMilli()));
        try {
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(next)));
            builder.addExtension(Extension.authorityKeyIdentifier, false, Extensions.authorityKeyId(ca.holder()));
            last = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.privateKey()));
        } catch (CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot build the CRL: " + e.getMessage(), e);
        }
        lastCount = revocations.size();
        return last;
    }
}
