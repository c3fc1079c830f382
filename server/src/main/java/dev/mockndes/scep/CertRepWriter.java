package dev.mockndes.scep;

import dev.mockndes.protocol.PkiStatus;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.Credential;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignatureEncryptionAlgorithmFinder;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.KeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Encodes CertRep messages the way every client we know can read them:
 * <ul>
 *   <li>one SignerInfo by the RA signing key, identified by issuerAndSerialNumber, with the RA
 *       signing certificate in {@code certificates};</li>
 *   <li>signatureAlgorithm rsaEncryption with NULL parameters (RFC 3370), digest = the request's;</li>
 *   <li>definite-length encoding throughout ({@link ASN1Encoding#DL}), which keeps certificate order;</li>
 *   <li>on SUCCESS, an EnvelopedData to the certificate that signed the request (v0 with RSA key
 *       transport; v2 with ECDH key agreement for an EC signer), with the
 *       request's own content cipher, around a certs-only SignedData holding only the issued
 *       certificate; on PENDING, no content;</li>
 *   <li>on FAILURE, NDES's shape: the content is a one-byte OCTET STRING {@code 00} and the
 *       SignedData carries no certificates (a client must know the RA signing certificate from
 *       GetCACert).</li>
 * </ul>
 *
 * <p>The EC key agreement is RFC 5753's ephemeral-static ECDH on the signer's curve
 * (dhSinglePass-stdDH-sha256kdf-scheme: the ANSI X9.63 KDF with SHA-256) with AES-128 key wrap, the
 * recipient named by issuer and serial number. It runs on a Bouncy Castle provider object made on
 * first use and never registered with {@link java.security.Security}: the JDK has no X9.63 KDF, and
 * everything else stays on the JDK's providers.
 */
public final class CertRepWriter {
    private static final AlgorithmIdentifier RSA_ENCRYPTION =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    private static final CMSSignatureEncryptionAlgorithmFinder ALWAYS_RSA_ENCRYPTION = signatureAlgorithm -> RSA_ENCRYPTION;
    /**
     * RFC 3394 wraps at least two 64-bit blocks. Bouncy Castle also wraps one (single DES's 8-byte key),
     * which OpenSSL and RFC-conforming clients cannot unwrap, so such a reply is refused instead.
     */
    private static final int SMALLEST_WRAPPABLE_KEY = 16;
    /** The content of NDES's FAILURE CertRep, one zero byte (seen decoded from a real NDES reply). */
    private static final byte[] FAILURE_CONTENT = {0};

    private final Credential raSigning;
    private final SecureRandom random = new SecureRandom();

    /** Made on the first EC reply (constructing it takes a few hundred milliseconds), then shared by every writer. */
    private static final class KeyAgreementProvider {
        static final Provider INSTANCE = new BouncyCastleProvider();
    }

    public CertRepWriter(Credential raSigning) {
        this.raSigning = raSigning;
    }

    /**
     * @throws ScepFailure badAlg when the reply cannot be encrypted the way the request was: a signer
     *                     key that is not RSA, or a content cipher Bouncy Castle does not offer
     */
    public byte[] success(SignedPkiMessage request, X509CertificateHolder issued, AlgorithmIdentifier contentCipher)
            throws ScepFailure {
        return success(request, CertsOnly.encode(List.of(issued)), contentCipher);
    }

    /**
     * SUCCESS around any degenerate SignedData: the issued certificate, a certificate from GetCert,
     * or a CRL from GetCRL.
     *
     * @throws ScepFailure badAlg when the reply cannot be encrypted the way the request was: a signer
     *                     key that is neither RSA nor EC, or a content cipher the server does not offer
     */
    public byte[] success(SignedPkiMessage request, byte[] degenerateSignedData, AlgorithmIdentifier contentCipher)
            throws ScepFailure {
        byte[] envelope = envelope(degenerateSignedData, request.signer(), contentCipher);
        return sign(request, new ReplyAttributes(request.transactionId(), PkiStatus.SUCCESS, nonce(), request.senderNonce()),
                new CMSProcessableByteArray(envelope), true);
    }

    /**
     * GetNextCACert's answer (RFC 8894 §4.7.1): a SignedData signed by the current RA signing key whose
     * certificates are the next CA's, with no content and only contentType and messageDigest signed.
     */
    public byte[] signedCertificates(List<X509CertificateHolder> certificates) {
        try {
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build(), ALWAYS_RSA_ENCRYPTION)
                    .setSignedAttributeGenerator(ReplyAttributes.plain())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(raSigning.privateKey()), raSigning.holder());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            for (X509CertificateHolder certificate : certificates) {
                generator.addCertificate(certificate);
            }
            return generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DL);
        } catch (CMSException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot sign the next CA certificates: " + e.getMessage(), e);
        }
    }

    private static byte[] envelope(byte[] content, X509CertificateHolder recipient, AlgorithmIdentifier contentCipher)
            throws ScepFailure {
        OutputEncryptor encryptor;
        try {
            encryptor = new JceCMSContentEncryptorBuilder(contentCipher.getAlgorithm()).build();
        } catch (CMSException | RuntimeException e) {
            throw new ScepFailure(FailInfo.BAD_ALG, "content cipher " + contentCipher.getAlgorithm() + " is not supported", e);
        }
        RecipientInfoGenerator recipientInfo;
        try {
            recipientInfo = recipientInfo(recipient, encryptor);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot read the request's signer certificate: " + e.getMessage(), e);
        }
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(recipientInfo);
            return generator.generate(new CMSProcessableByteArray(content), encryptor).toASN1Structure().getEncoded(ASN1Encoding.DL);
        } catch (CMSException e) {
            if (recipientInfo instanceof KeyAgreeRecipientInfoGenerator) {
                throw new ScepFailure(FailInfo.BAD_ALG, "cannot encrypt the reply to the EC signer: " + e.getMessage(), e);
            }
            throw new IllegalStateException("cannot encrypt the SUCCESS CertRep: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encrypt the SUCCESS CertRep: " + e.getMessage(), e);
        }
    }

    /**
     * RSA key transport (v0, by issuer and serial) for RSA signers, ECDH key agreement for EC ones;
     * anything else is badAlg, and so is a content key AES key wrap cannot carry.
     */
    private static RecipientInfoGenerator recipientInfo(X509CertificateHolder recipient, OutputEncryptor content)
            throws ScepFailure, CertificateEncodingException {
        var algorithm = recipient.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            return new JceKeyTransRecipientInfoGenerator(Certificates.toX509(recipient));
        }
        X509Certificate certificate = Certificates.toX509(recipient);
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm) && certificate.getPublicKey() instanceof ECPublicKey ec) {
            int keyBytes = keyBytes(content.getKey());
            if (keyBytes < SMALLEST_WRAPPABLE_KEY) {
                throw new ScepFailure(FailInfo.BAD_ALG, "the reply's " + (keyBytes * 8) + "-bit content key cannot be wrapped for the EC "
                        + "signer: AES key wrap needs at least " + (SMALLEST_WRAPPABLE_KEY * 8) + " bits");
            }
            KeyPair ephemeral = ephemeralKeyOn(ec);
            return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(), ephemeral.getPublic(),
                    CMSAlgorithm.AES128_WRAP).addRecipient(certificate).setProvider(KeyAgreementProvider.INSTANCE);
        }
        throw new ScepFailure(FailInfo.BAD_ALG, "the reply cannot be encrypted to a " + algorithm + " key (RSA and EC can)");
    }

    private static int keyBytes(GenericKey key) {
        Object representation = key.getRepresentation();
        return representation instanceof Key jca ? jca.getEncoded().length : ((byte[]) representation).length;
    }

    /**
     * A fresh originator key for one reply, on the recipient's curve (the JDK's EC key generation).
     *
     * @throws ScepFailure badAlg for a curve the JDK reads but cannot generate keys on (e.g. secp256k1)
     */
    private static KeyPair ephemeralKeyOn(ECPublicKey recipient) throws ScepFailure {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(recipient.getParams());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new ScepFailure(FailInfo.BAD_ALG, "cannot agree a key on the EC signer's curve: " + e.getMessage(), e);
        }
    }

    public byte[] failure(SignedPkiMessage request, FailInfo failInfo) {
        return sign(request, new ReplyAttributes(request.transactionId(), PkiStatus.FAILURE, nonce(), request.senderNonce())
                .withFailure(failInfo), new CMSProcessableByteArray(FAILURE_CONTENT), true, false);
    }

    /** A FAILURE whose szOID_ENROLL_SCEP_ERROR carries {@code hresult}, the error NDES itself met (e.g. 0x800706BA). */
    public byte[] failure(SignedPkiMessage request, FailInfo failInfo, int hresult) {
        return sign(request, new ReplyAttributes(request.transactionId(), PkiStatus.FAILURE, nonce(), request.senderNonce())
                .withFailure(failInfo, Integer.toString(hresult)), new CMSProcessableByteArray(FAILURE_CONTENT), true, false);
    }

    public byte[] pending(SignedPkiMessage request) {
        return sign(request, new ReplyAttributes(request.transactionId(), PkiStatus.PENDING, nonce(), request.senderNonce()),
                new CMSAbsentContent(), false);
    }

    private byte[] sign(SignedPkiMessage request, ReplyAttributes attributes, CMSTypedData content, boolean encapsulate) {
        return sign(request, attributes, content, encapsulate, true);
    }

    private byte[] sign(SignedPkiMessage request, ReplyAttributes attributes, CMSTypedData content, boolean encapsulate,
                        boolean withSignerCertificate) {
        try {
            String algorithm = DigestAlgorithms.rsaSignatureFor(request.digestAlgorithm());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build(), ALWAYS_RSA_ENCRYPTION)
                    .setSignedAttributeGenerator(attributes)
                    .build(new JcaContentSignerBuilder(algorithm).build(raSigning.privateKey()), raSigning.holder());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            if (withSignerCertificate) {
                generator.addCertificate(raSigning.holder());
            }
            return generator.generate(content, encapsulate).getEncoded(ASN1Encoding.DL);
        } catch (CMSException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot sign the CertRep: " + e.getMessage(), e);
        }
    }

    private byte[] nonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return nonce;
    }
}
