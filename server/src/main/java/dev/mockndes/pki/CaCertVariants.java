package dev.mockndes.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates the GetCACert sets of {@link CaCertVariant}, in the order GetCACert lists them (RA
 * certificates first). Every certificate is really made and signed as described, so clients and
 * {@code openssl} see the same defect a real NDES would serve. The server's own keys stay: the
 * re-signed CA keeps the CA's key (RA certificates and issued certificates still verify under it),
 * and the re-issued CEP Encryption certificate keeps its key and serial.
 *
 * <p>In a two-tier PKI the root's key is not kept, so the SHA-1 and PSS variants re-sign the
 * issuing CA as a self-signed certificate and leave the root out.
 */
public final class CaCertVariants {
    private static final String SHA1 = "SHA1withRSA";
    private static final String PSS = "SHA256withRSAandMGF1";
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private CaCertVariants() {
    }

    /** The certificates GetCACert carries for {@code variant} (slow: may generate an RSA key). */
    public static List<X509CertificateHolder> layout(CaCertVariant variant, Pki pki, PkiSettings settings, Clock clock) {
        SerialNumbers serials = new SerialNumbers(new SecureRandom());
        RaCredentials ra = pki.ra();
        Credential ca = pki.ca().credential();
        return switch (variant) {
            case ENCRYPTION_RA_WITHOUT_KEY_ENCIPHERMENT -> {
                X509CertificateHolder encryption = ra.encryption().holder();
                // Same key and serial as the certificate NDES decrypts with; only its key usage differs.
                X509CertificateHolder signatureOnly = AuthorityCertificates.ra(ca, encryption.getSubject(),
                        publicOnly(ra.encryption().certificate().getPublicKey()), encryption.getSerialNumber(), validityOf(encryption),
                        KeyUsage.digitalSignature, AuthorityCertificates.ENCRYPTION_TEMPLATE);
                yield List.of(ra.signing().holder(), signatureOnly, ca.holder());
            }
            case CA_SIGNED_SHA1 -> List.of(ra.signing().holder(), ra.encryption().holder(), selfResigned(ca, serials.next(), SHA1));
            case CA_SIGNED_PSS -> List.of(ra.signing().holder(), ra.encryption().holder(), selfResigned(ca, serials.next(), PSS));
            case INTERMEDIATE_AS_ROOT -> {
                KeyPair rootKeys = KeyPairs.rsa(settings.keyBits(), new SecureRandom());
                X500Name rootName = new X500Name("CN=" + commonName(ca.holder()) + " Root,O=mock-ndes");
                Credential root = Credential.of(AuthorityCertificates.selfSignedCa(rootName, rootKeys, serials.next(),
                        Validity.startingNow(clock, PkiSettings.CA_VALIDITY)), rootKeys.getPrivate());
                X509CertificateHolder intermediate = AuthorityCertificates.subordinateCa(root, ca.holder().getSubject(),
                        publicOnly(ca.certificate().getPublicKey()), serials.next(), validityOf(ca.holder()));
                yield List.of(ra.signing().holder(), ra.encryption().holder(), intermediate);
            }
            case RA_CHAINED_TO_OLD_CA -> {
                KeyPair renewed = KeyPairs.rsa(settings.keyBits(), new SecureRandom());
                X509CertificateHolder newCa = AuthorityCertificates.selfSignedCa(ca.holder().getSubject(), renewed, serials.next(),
                        Validity.startingNow(clock, PkiSettings.CA_VALIDITY));
                yield List.of(ra.signing().holder(), ra.encryption().holder(), newCa);
            }
        };
    }

    /** {@code ca}'s certificate with the same names, key, dates and extensions, self-signed with {@code algorithm}. */
    static X509CertificateHolder selfResigned(Credential ca, BigInteger serial, String algorithm) {
        X509CertificateHolder original = ca.holder();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(original.getSubject(), serial, original.getNotBefore(),
                original.getNotAfter(), original.getSubject(), original.getSubjectPublicKeyInfo());
        try {
            for (Object oid : original.getExtensionOIDs()) {
                Extension extension = original.getExtension((ASN1ObjectIdentifier) oid);
                if (!extension.getExtnId().equals(Extension.authorityKeyIdentifier)) {
                    builder.addExtension(extension);
                }
            }
            // The JDK has no name for PSS with SHA-256 and MGF1 parameters; Bouncy Castle's provider does.
            return builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(ca.privateKey()));
        } catch (CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot re-sign the CA certificate with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair publicOnly(PublicKey key) {
        return new KeyPair(key, (PrivateKey) null);
    }

    private static Validity validityOf(X509CertificateHolder cert) {
        return new Validity(cert.getNotBefore(), cert.getNotAfter());
    }

    private static String commonName(X509CertificateHolder cert) {
        var cns = cert.getSubject().getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return cns.length == 0 ? "mock-ndes CA" : cns[0].getFirst().getValue().toString();
    }
}
