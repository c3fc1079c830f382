package dev.mockndes.scep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientIdentifier;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.OriginatorIdentifierOrKey;
import org.bouncycastle.asn1.cms.OriginatorPublicKey;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.cms.ecc.ECCCMSSharedInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.operator.GenericKey;

/**
 * A KeyAgreeRecipientInfo for an EC recipient (RFC 5753): ephemeral-static ECDH on the recipient's
 * curve, the ANSI X9.63 KDF with SHA-256, AES-128 key wrap. Written against the JDK's own ECDH,
 * SHA-256 and AESWrap because Bouncy Castle's generator needs its own provider for the KDF, and the
 * server never registers it. Lets an EC-signed request get its reply.
 */
final class EcdhRecipientInfoGenerator implements RecipientInfoGenerator {
    private static final AlgorithmIdentifier WRAP = new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes128_wrap);
    private static final int KEK_BYTES = 16;

    private final X509CertificateHolder recipient;
    private final ECPublicKey recipientKey;

    EcdhRecipientInfoGenerator(X509CertificateHolder recipient, ECPublicKey recipientKey) {
        this.recipient = recipient;
        this.recipientKey = recipientKey;
    }

    @Override
    public RecipientInfo generate(GenericKey contentEncryptionKey) throws CMSException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(recipientKey.getParams());
            KeyPair ephemeral = generator.generateKeyPair();
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ephemeral.getPrivate());
            agreement.doPhase(recipientKey, true);
            byte[] kek = x963Kdf(agreement.generateSecret(),
                    new ECCCMSSharedInfo(WRAP, ByteBuffer.allocate(4).putInt(KEK_BYTES * 8).array()).getEncoded(ASN1Encoding.DER));
            Cipher wrap = Cipher.getInstance("AESWrap");
            wrap.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
            byte[] wrapped = wrap.wrap(secretKey(contentEncryptionKey));
            byte[] ephemeralPoint = SubjectPublicKeyInfo.getInstance(ephemeral.getPublic().getEncoded()).getPublicKeyData().getBytes();
            var originator = new OriginatorIdentifierOrKey(new OriginatorPublicKey(
                    new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey), ephemeralPoint));
            var encryptedKey = new RecipientEncryptedKey(new KeyAgreeRecipientIdentifier(
                    new IssuerAndSerialNumber(recipient.toASN1Structure())), new DEROctetString(wrapped));
            return new RecipientInfo(new KeyAgreeRecipientInfo(originator, null,
                    new AlgorithmIdentifier(SECObjectIdentifiers.dhSinglePass_stdDH_sha256kdf_scheme, WRAP), new DERSequence(encryptedKey)));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new CMSException("cannot agree a key with the EC recipient: " + e.getMessage(), e);
        }
    }

    /** ANSI X9.63 KDF, one SHA-256 block: SHA-256(Z || 00000001 || sharedInfo), truncated. */
    private static byte[] x963Kdf(byte[] sharedSecret, byte[] sharedInfo) throws GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(sharedSecret);
        sha256.update(new byte[] {0, 0, 0, 1});
        sha256.update(sharedInfo);
        return Arrays.copyOf(sha256.digest(), KEK_BYTES);
    }

    private static Key secretKey(GenericKey key) {
        Object representation = key.getRepresentation();
        if (representation instanceof Key jca) {
            return new SecretKeySpec(jca.getEncoded(), "AES");
        }
        return new SecretKeySpec((byte[]) representation, "AES");
    }
}
