package dev.mockndes.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Conversions between Bouncy Castle and JCA certificate and key types. */
public final class Certificates {
    private static final JcaX509CertificateConverter CERTIFICATES = new JcaX509CertificateConverter();
    private static final JcaPEMKeyConverter KEYS = new JcaPEMKeyConverter();

    private Certificates() {
    }

    public static X509Certificate toX509(X509CertificateHolder holder) {
        try {
            return CERTIFICATES.getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a usable X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static PublicKey publicKey(SubjectPublicKeyInfo info) throws GeneralSecurityException {
        try {
            return KEYS.getPublicKey(info);
        } catch (IOException e) {
            throw new GeneralSecurityException("unreadable public key: " + e.getMessage(), e);
        }
    }

    public static byte[] encoded(X509CertificateHolder holder) {
        try {
            return holder.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
