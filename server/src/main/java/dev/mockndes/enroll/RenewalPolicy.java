package dev.mockndes.enroll;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.store.CertificateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Who may renew: the signer of a RenewalReq must be a certificate this CA issued (the very one in
 * the store, not just its serial), not revoked, not expired, and, when a renewal window is set,
 * expiring within that window.
 *
 * <p>failInfo choices (RFC 8894 has no renewal-specific codes): a signer this CA cannot identify
 * (self-signed, foreign, unknown serial) is badCertId, "no certificate could be identified"; a known
 * certificate that may not renew (revoked, expired, too early) is badRequest, "transaction not
 * permitted". badTime is kept for the message's signingTime, as the RFC defines it.
 */
public final class RenewalPolicy {
    private final CertificateStore store;
    private final X500Name ca;
    private final Optional<Duration> window;
    private final Clock clock;

    /** @param window renewal allowed only when the old certificate expires within this; empty = any time */
    public RenewalPolicy(CertificateStore store, X500Name ca, Optional<Duration> window, Clock clock) {
        this.store = store;
        this.ca = ca;
        this.window = window;
        this.clock = clock;
    }

    /** Empty when {@code signer} may renew. */
    public Optional<EnrolmentResult.Rejected> check(X509CertificateHolder signer) {
        boolean ours = ca.equals(signer.getIssuer())
                && store.find(signer.getSerialNumber()).filter(signer::equals).isPresent();
        if (!ours) {
            return refuse(FailInfo.BAD_CERT_ID, "the renewal is signed by a certificate this CA did not issue ("
                    + signer.getSubject() + ", issued by " + signer.getIssuer() + ")");
        }
        if (store.revocation(signer.getSerialNumber()).isPresent()) {
            return refuse(FailInfo.BAD_REQUEST, "the certificate being renewed is revoked");
        }
        Instant now = clock.instant();
        Instant notAfter = signer.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            return refuse(FailInfo.BAD_REQUEST, "the certificate being renewed expired at " + notAfter);
        }
        if (window.isPresent() && now.plus(window.get()).isBefore(notAfter)) {
            return refuse(FailInfo.BAD_REQUEST, "renewal opens " + window.get() + " before expiry; the certificate expires at " + notAfter);
        }
        return Optional.empty();
    }

    private static Optional<EnrolmentResult.Rejected> refuse(FailInfo failInfo, String reason) {
        return Optional.of(new EnrolmentResult.Rejected(failInfo, reason));
    }
}
