package dev.mockndes.enroll;

import dev.mockndes.pki.CertificateAuthority;
import dev.mockndes.scep.FailInfo;
import dev.mockndes.store.CertificateStore;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The end of the chain: the CA signs whatever reached it, and the certificate is recorded in the
 * store before it is handed back (so no client ever holds a certificate the store does not know).
 */
public final class CaIssuer implements Enroller {
    private final CertificateAuthority ca;
    private final CertificateStore store;

    public CaIssuer(CertificateAuthority ca, CertificateStore store) {
        this.ca = ca;
        this.store = store;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        try {
            X509CertificateHolder certificate = ca.issue(request.csr());
            store.add(certificate);
            return new EnrolmentResult.Issued(certificate);
        } catch (IllegalArgumentException e) {
            return new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, e.getMessage());
        }
    }
}
