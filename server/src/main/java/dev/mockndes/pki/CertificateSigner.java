package dev.mockndes.pki;

import java.security.PrivateKey;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Signs certificate bodies with an RSA key and SHA-256. A content signer is not thread-safe, so one is made per call. */
final class CertificateSigner {
    private static final String ALGORITHM = "SHA256withRSA";

    private CertificateSigner() {
    }

    static X509CertificateHolder sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            return builder.build(new JcaContentSignerBuilder(ALGORITHM).build(issuerKey));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM + ": " + e.getMessage(), e);
        }
    }
}
