package dev.mockndes.enroll;

import dev.mockndes.pki.CertificateAuthority;
import dev.mockndes.scep.FailInfo;

/** The end of the chain: the CA signs whatever reached it. */
public final class CaIssuer implements Enroller {
    private final CertificateAuthority ca;

    public CaIssuer(CertificateAuthority ca) {
        this.ca = ca;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        try {
            return new EnrolmentResult.Issued(ca.issue(request.csr()));
        } catch (IllegalArgumentException e) {
            return new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, e.getMessage());
        }
    }
}
