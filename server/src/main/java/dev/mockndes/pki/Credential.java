package dev.mockndes.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;

/** A certificate together with its private key. Both forms of the certificate are kept to avoid re-parsing. */
public record Credential(X509CertificateHolder holder, X509Certificate certificate, PrivateKey privateKey) {

    public static Credential of(X509CertificateHolder holder, PrivateKey privateKey) {
        return new Credential(holder, Certificates.toX509(holder), privateKey);
    }
}
