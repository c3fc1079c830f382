package dev.mockndes.enroll;

import dev.mockndes.pki.CertificateAuthority;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.store.CertificateStore;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The end of the chain: the CA signs whatever reached it, and the certificate is recorded in the
 * store before it is handed back (so no client ever holds a certificate the store does not know).
 */
public final class CaIssuer implements Enroller {
    private final CertificateAuthority ca;
    private final CertificateStore store;
    private final Supplier<List<Extension>> additional;

    public CaIssuer(CertificateAuthority ca, CertificateStore store) {
        this(ca, store, List::of);
    }

    /** @param additional extensions added to every certificate, read per issue (the CRL distribution point) */
    public CaIssuer(CertificateAuthority ca, CertificateStore store, Supplier<List<Extension>> additional) {
        this.ca = ca;
        this.store = store;
        this.additional = additional;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        try {
            X509CertificateHolder certificate = ca.issue(request.csr(), additional.get());
            store.add(certificate);
            return new EnrolmentResult.Issued(certificate);
        } catch (IllegalArgumentException e) {
            return new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, e.getMessage());
        }
    }
}
