package dev.mockndes.harness.device;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * A PKCSReq as SCEP clients build it: the CSR encrypted to the RA encryption certificate
 * (EnvelopedData, RSA key transport), signed by the device's temporary self-signed certificate,
 * with transactionID, messageType 19 and a fresh senderNonce. JDK providers only.
 *
 * @param der         the SignedData, definite-length encoded
 * @param senderNonce the nonce the reply must echo as recipientNonce
 */
public record PkcsReq(byte[] der, String transactionId, byte[] senderNonce, Algorithms algorithms) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PkcsReq build(KeyPair keys, X509Certificate signer, PKCS10CertificationRequest csr, X509Certificate recipient,
                                Algorithms algorithms, String transactionId) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        try {
            CMSEnvelopedDataGenerator envelope = new CMSEnvelopedDataGenerator();
            envelope.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
            byte[] enveloped = envelope.generate(new CMSProcessableByteArray(csr.getEncoded()),
                    new JceCMSContentEncryptorBuilder(algorithms.cipher()).build()).toASN1Structure().getEncoded(ASN1Encoding.DL);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(ScepAttributes.TRANSACTION_ID, new DERSet(new DERPrintableString(transactionId))));
            attributes.add(new Attribute(ScepAttributes.MESSAGE_TYPE, new DERSet(new DERPrintableString(ScepAttributes.PKCS_REQ))));
            attributes.add(new Attribute(ScepAttributes.SENDER_NONCE, new DERSet(new DEROctetString(nonce))));
            CMSSignedDataGenerator signed = new CMSSignedDataGenerator();
            signed.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(algorithms.signatureAlgorithm()).build(keys.getPrivate()), signer));
            signed.addCertificates(new JcaCertStore(List.of(signer)));
            byte[] der = signed.generate(new CMSProcessableByteArray(enveloped), true).getEncoded(ASN1Encoding.DL);
            return new PkcsReq(der, transactionId, nonce, algorithms);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a PKCSReq with " + algorithms, e);
        }
    }
}
