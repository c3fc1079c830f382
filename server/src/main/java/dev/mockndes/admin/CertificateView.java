package dev.mockndes.admin;

import dev.mockndes.store.Revocation;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * An issued certificate as the admin API shows it: serial in lower-case hex, subject, validity as
 * ISO-8601 instants, and its revocation ({@code revokedAt} and {@code reason} are null until then).
 */
public record CertificateView(String serial, String subject, String notBefore, String notAfter, boolean revoked,
                              String revokedAt, Integer reason) {

    static CertificateView of(X509CertificateHolder certificate, Optional<Revocation> revocation) {
        return new CertificateView(certificate.getSerialNumber().toString(16), certificate.getSubject().toString(),
                certificate.getNotBefore().toInstant().toString(), certificate.getNotAfter().toInstant().toString(),
                revocation.isPresent(), revocation.map(r -> r.revokedAt().toString()).orElse(null),
                revocation.map(Revocation::reason).orElse(null));
    }
}
