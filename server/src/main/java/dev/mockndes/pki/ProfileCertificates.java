package dev.mockndes.pki;

import dev.mockndes.common.profile.RecordedCertificate;
import dev.mockndes.common.profile.RecordedExtension;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One certificate made to a recorded shape with our keys: the recorded subject and issuer DER, version,
 * signature algorithm, validity length and age, and every extension copied byte for byte in its
 * order and criticality, except the key identifiers, which are computed from our keys.
 */
final class ProfileCertificates {
    private ProfileCertificates() {
    }

    /**
     * @param recordedAt when the shape was recorded: the new certificate is as old now as the recorded
     *                   one was then, and lives as long
     */
    static X509CertificateHolder make(RecordedCertificate shape, PublicKey subjectKey, PublicKey issuerKey, PrivateKey issuerPrivate,
                                      BigInteger serial, Instant recordedAt, Instant now) {
        Instant notBefore = now.minus(java.time.Duration.between(shape.notBeforeInstant(), recordedAt)).truncatedTo(ChronoUnit.SECONDS);
        Date from = Date.from(notBefore);
        Date until = Date.from(notBefore.plus(shape.lifetime()));
        X500Name subject = X500Name.getInstance(Base64.getDecoder().decode(shape.subjectDer()));
        X500Name issuer = X500Name.getInstance(Base64.getDecoder().decode(shape.issuerDer()));
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(subjectKey.getEncoded());
        ContentSigner signer = signer(shape.signatureAlgorithm(), issuerPrivate);
        if (shape.version() == 1) {
            return new X509v1CertificateBuilder(issuer, serial, from, until, subject, info).build(signer);
        }
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, serial, from, until, subject, info);
        try {
            JcaX509ExtensionUtils keyIds = new JcaX509ExtensionUtils();
            for (RecordedExtension extension : shape.extensions()) {
                ASN1ObjectIdentifier oid = new ASN1ObjectIdentifier(extension.oid());
                if (extension.oid().equals(RecordedExtension.SUBJECT_KEY_IDENTIFIER)) {
                    builder.addExtension(oid, extension.critical(), keyIds.createSubjectKeyIdentifier(info));
                } else if (extension.oid().equals(RecordedExtension.AUTHORITY_KEY_IDENTIFIER)) {
                    builder.addExtension(oid, extension.critical(),
                            keyIds.createAuthorityKeyIdentifier(SubjectPublicKeyInfo.getInstance(issuerKey.getEncoded())));
                } else {
                    builder.addExtension(new Extension(oid, extension.critical(), extension.valueBytes()));
                }
            }
        } catch (CertIOException | NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("the extensions of " + shape.subject() + " cannot be written: " + e.getMessage(), e);
        }
        return builder.build(signer);
    }

    /** The key of an issuer the chain names but does not include: only its key is needed, to sign and for the AKI. */
    static KeyPair absentIssuer(RecordedCertificate shape, java.security.SecureRandom random) {
        return ProfileKeys.forAlgorithm(shape.signatureAlgorithm(), random);
    }

    private static ContentSigner signer(String algorithm, PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(algorithm).build(key);
        } catch (OperatorCreationException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot sign with the recorded algorithm '" + algorithm + "' and a "
                    + key.getAlgorithm() + " key: " + e.getMessage(), e);
        }
    }
}
