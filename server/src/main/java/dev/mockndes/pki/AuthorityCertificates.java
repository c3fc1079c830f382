package dev.mockndes.pki;

import dev.mockndes.protocol.ScepOids;
import java.math.BigInteger;
import java.security.KeyPair;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The certificates of the CA and of NDES's two RA identities.
 *
 * <p>Key usages are kept clean on purpose: the CA has keyCertSign + cRLSign only (Apple treats any
 * digitalSignature certificate that chains up as an RA candidate), the signing RA has
 * digitalSignature only and the encryption RA keyEncipherment only, so clients that classify the
 * GetCACert set by key usage find exactly one of each.
 */
public final class AuthorityCertificates {
    /** The v1 template names AD CS writes into NDES's RA certificates. */
    static final String SIGNING_TEMPLATE = "EnrollmentAgentOffline";
    static final String ENCRYPTION_TEMPLATE = "CEPEncryption";
    /** What AD CS writes into its CA certificates: 0x86, digitalSignature, keyCertSign and cRLSign. */
    static final int CA_KEY_USAGE = KeyUsage.digitalSignature | KeyUsage.keyCertSign | KeyUsage.cRLSign;

    private AuthorityCertificates() {
    }

    public static X509CertificateHolder selfSignedCa(X500Name subject, KeyPair keys, BigInteger serial, Validity validity) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                    validity.notBefore(), validity.notAfter(), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(CA_KEY_USAGE))
                    .addExtension(Extension.subjectKeyIdentifier, false, Extensions.subjectKeyId(keys.getPublic()));
            return CertificateSigner.sign(builder, keys.getPrivate());
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode CA extensions", e);
        }
    }

    /** An issuing CA under a root: basicConstraints CA with path length 0, the same key usages as the root. */
    public static X509CertificateHolder subordinateCa(Credential root, X500Name subject, KeyPair keys, BigInteger serial,
                                                      Validity validity) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root.holder().getSubject(), serial,
                    validity.notBefore(), validity.notAfter(), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(CA_KEY_USAGE))
                    .addExtension(Extension.subjectKeyIdentifier, false, Extensions.subjectKeyId(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, Extensions.authorityKeyId(root.holder()));
            return CertificateSigner.sign(builder, root.privateKey());
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode issuing CA extensions", e);
        }
    }

    public static X509CertificateHolder raSigning(Credential ca, X500Name subject, KeyPair keys, BigInteger serial, Validity validity) {
        return ra(ca, subject, keys, serial, validity, KeyUsage.digitalSignature, SIGNING_TEMPLATE);
    }

    public static X509CertificateHolder raEncryption(Credential ca, X500Name subject, KeyPair keys, BigInteger serial, Validity validity) {
        return ra(ca, subject, keys, serial, validity, KeyUsage.keyEncipherment, ENCRYPTION_TEMPLATE);
    }

    /** An RA certificate with the given key usage bits and template name (package hook for {@link CaCertVariants}). */
    static X509CertificateHolder ra(Credential ca, X500Name subject, KeyPair keys, BigInteger serial,
                                            Validity validity, int keyUsage, String template) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.holder().getSubject(), serial,
                    validity.notBefore(), validity.notAfter(), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.getInstance(ScepOids.MS_CERTIFICATE_REQUEST_AGENT)))
                    .addExtension(ScepOids.MS_CERTIFICATE_TEMPLATE_NAME, false, new DERBMPString(template))
                    .addExtension(Extension.subjectKeyIdentifier, false, Extensions.subjectKeyId(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, Extensions.authorityKeyId(ca.holder()));
            return CertificateSigner.sign(builder, ca.privateKey());
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode RA extensions", e);
        }
    }
}
