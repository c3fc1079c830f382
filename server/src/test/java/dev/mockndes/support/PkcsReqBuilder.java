package dev.mockndes.support;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.protocol.MessageType;
import dev.mockndes.protocol.ScepOids;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;

/**
 * Builds SCEP requests by hand, the way a client would, so tests can vary what real clients vary
 * (cipher, digest, recipients, transactionID form) and break what they never break.
 */
public final class PkcsReqBuilder {
    private final DeviceIdentity device;
    private final List<X509Certificate> recipients = new ArrayList<>();
    private ASN1ObjectIdentifier cipher = CMSAlgorithm.AES128_CBC;
    private String signatureAlgorithm = "SHA256withRSA";
    private ASN1Encodable transactionId = new DERPrintableString("0123456789ABCDEF0123456789ABCDEF01234567");
    private byte[] senderNonce = new byte[16];
    private String messageType = MessageType.PKCS_REQ.wire();
    private byte[] innerContent;
    private java.security.PrivateKey signingKey;
    private java.time.Instant signingTime;

    public PkcsReqBuilder(DeviceIdentity device, X509Certificate recipient) {
        this.device = device;
        this.recipients.add(recipient);
        new SecureRandom().nextBytes(senderNonce);
    }

    public PkcsReqBuilder alsoEncryptTo(X509Certificate recipient) {
        recipients.add(0, recipient);
        return this;
    }

    public PkcsReqBuilder cipher(ASN1ObjectIdentifier oid) {
        this.cipher = oid;
        return this;
    }

    public PkcsReqBuilder signatureAlgorithm(String algorithm) {
        this.signatureAlgorithm = algorithm;
        return this;
    }

    public PkcsReqBuilder transactionId(String id) {
        this.transactionId = new DERPrintableString(id);
        return this;
    }

    public PkcsReqBuilder messageType(String type) {
        this.messageType = type;
        return this;
    }

    /** Replaces the encrypted CSR with arbitrary bytes. */
    public PkcsReqBuilder innerContent(byte[] content) {
        this.innerContent = content;
        return this;
    }

    /** Signs with another key than the attached certificate's: the signature then does not verify. */
    public PkcsReqBuilder signWith(java.security.PrivateKey key) {
        this.signingKey = key;
        return this;
    }

    /** Puts this signingTime into the signed attributes (by default Bouncy Castle writes the current time). */
    public PkcsReqBuilder signingTime(java.time.Instant time) {
        this.signingTime = time;
        return this;
    }

    public byte[] senderNonce() {
        return senderNonce.clone();
    }

    public ASN1Encodable transactionIdValue() {
        return transactionId;
    }

    public byte[] build() {
        try {
            CMSEnvelopedDataGenerator envelope = new CMSEnvelopedDataGenerator();
            for (X509Certificate recipient : recipients) {
                envelope.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
            }
            byte[] content = innerContent != null ? innerContent : device.csr().getEncoded();
            byte[] enveloped = envelope.generate(new CMSProcessableByteArray(content),
                    new JceCMSContentEncryptorBuilder(cipher).build()).getEncoded();

            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(ScepOids.TRANSACTION_ID, new DERSet(transactionId)));
            attributes.add(new Attribute(ScepOids.MESSAGE_TYPE, new DERSet(new DERPrintableString(messageType))));
            attributes.add(new Attribute(ScepOids.SENDER_NONCE, new DERSet(new DEROctetString(senderNonce))));
            if (signingTime != null) {
                attributes.add(new Attribute(org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                        new DERSet(new org.bouncycastle.asn1.cms.Time(java.util.Date.from(signingTime)))));
            }
            CMSSignedDataGenerator signed = new CMSSignedDataGenerator();
            signed.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm).build(
                            signingKey != null ? signingKey : device.keys().getPrivate()), device.identity()));
            signed.addCertificates(new JcaCertStore(List.of(device.identity())));
            return signed.generate(new CMSProcessableByteArray(enveloped), true).getEncoded(ASN1Encoding.DL);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the test PKCSReq", e);
        }
    }
}
