package dev.mockndes.admin;

/** A revocation refused because the certificate already is: 409, with the certificate as it stands. */
public final class AlreadyRevoked extends AdminException {
    private final transient CertificateView certificate;

    public AlreadyRevoked(CertificateView certificate) {
        super(409, "certificate " + certificate.serial() + " is already revoked");
        this.certificate = certificate;
    }

    public CertificateView certificate() {
        return certificate;
    }
}
