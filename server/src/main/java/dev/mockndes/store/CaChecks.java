package dev.mockndes.store;

import dev.mockndes.pki.Certificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** The checks a loaded or imported credential must pass before it is used; each failure names the file. */
final class CaChecks {
    private static final byte[] PROBE = "mock-ndes key check".getBytes(StandardCharsets.US_ASCII);

    private CaChecks() {
    }

    /** The key signs what the certificate's public key verifies. */
    static void keyMatches(PrivateKey key, X509CertificateHolder certificate, Path where) {
        String algorithm = key instanceof java.security.interfaces.ECKey ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            PublicKey publicKey = Certificates.publicKey(certificate.getSubjectPublicKeyInfo());
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            if (!verifier.verify(signature)) {
                throw new StorageException(where, "the private key does not belong to the certificate " + certificate.getSubject());
            }
        } catch (GeneralSecurityException e) {
            throw new StorageException(where, "the private key does not belong to the certificate " + certificate.getSubject()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** basicConstraints cA is set, and a key usage, if present, allows signing certificates. */
    static void isCa(X509CertificateHolder certificate, Path where) {
        BasicConstraints constraints = BasicConstraints.fromExtensions(certificate.getExtensions());
        if (constraints == null || !constraints.isCA()) {
            throw new StorageException(where, "the certificate " + certificate.getSubject()
                    + " is not a CA certificate (basicConstraints cA is not set)");
        }
        KeyUsage usage = KeyUsage.fromExtensions(certificate.getExtensions());
        if (usage != null && !usage.hasUsages(KeyUsage.keyCertSign)) {
            throw new StorageException(where, "the CA certificate " + certificate.getSubject() + " may not sign certificates (no keyCertSign)");
        }
    }

    /** {@code certificate} carries a signature {@code issuer}'s key made. */
    static void issuedBy(X509CertificateHolder certificate, X509CertificateHolder issuer, Path where) {
        boolean valid;
        try {
            valid = certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer));
        } catch (Exception e) {
            valid = false;
        }
        if (!valid) {
            throw new StorageException(where, "the certificate " + certificate.getSubject() + " was not signed by " + issuer.getSubject());
        }
    }
}
