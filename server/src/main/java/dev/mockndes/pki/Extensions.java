package dev.mockndes.pki;

import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** Key identifier extensions, computed the RFC 5280 way (SHA-1 of the public key bits), as AD CS does. */
public final class Extensions {
    private static final JcaX509ExtensionUtils UTILS = create();

    private Extensions() {
    }

    public static SubjectKeyIdentifier subjectKeyId(SubjectPublicKeyInfo key) {
        return UTILS.createSubjectKeyIdentifier(key);
    }

    public static SubjectKeyIdentifier subjectKeyId(PublicKey key) {
        return UTILS.createSubjectKeyIdentifier(key);
    }

    public static AuthorityKeyIdentifier authorityKeyId(X509CertificateHolder issuer) {
        return UTILS.createAuthorityKeyIdentifier(issuer.getSubjectPublicKeyInfo());
    }

    private static JcaX509ExtensionUtils create() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JRE", e);
        }
    }
}
