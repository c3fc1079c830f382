package dev.mockndes.pki;

import java.security.PrivateKey;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs certificate bodies with SHA-256: RSA for the keys this server generates, ECDSA when an
 * imported CA has an EC key. A content signer is not thread-safe, so one is made per call.
 */
final class CertificateSigner {
    private CertificateSigner() {
    }

    static X509CertificateHolder sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        String algorithm = issuerKey instanceof java.security.interfaces.ECKey ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            return builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
