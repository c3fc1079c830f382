package dev.mockndes.support;

import dev.mockndes.protocol.ScepOids;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;

/** A CertRep taken apart for assertions. */
public final class CertRepView {
    public final byte[] der;
    public final CMSSignedData signed;
    public final SignerInformation signer;
    public final AttributeTable attributes;

    public CertRepView(byte[] der) throws Exception {
        this.der = der;
        this.signed = new CMSSignedData(der);
        this.signer = signed.getSignerInfos().getSigners().iterator().next();
        this.attributes = signer.getSignedAttributes();
    }

    public String text(ASN1ObjectIdentifier oid) {
        ASN1Encodable value = value(oid);
        return value == null ? null : ((ASN1String) value).getString();
    }

    public byte[] octets(ASN1ObjectIdentifier oid) {
        ASN1Encodable value = value(oid);
        return value == null ? null : ((ASN1OctetString) value).getOctets();
    }

    public ASN1Encodable value(ASN1ObjectIdentifier oid) {
        Attribute attribute = attributes.get(oid);
        return attribute == null ? null : attribute.getAttrValues().getObjectAt(0);
    }

    public String pkiStatus() {
        return text(ScepOids.PKI_STATUS);
    }

    public String failInfo() {
        return text(ScepOids.FAIL_INFO);
    }

    public byte[] envelopeBytes() {
        return (byte[]) signed.getSignedContent().getContent();
    }

    public AlgorithmIdentifier envelopeCipher() throws Exception {
        return new CMSEnvelopedData(envelopeBytes()).getContentEncryptionAlgorithm();
    }

    /** Decrypts the pkcsPKIEnvelope with the device key and returns the certificates in wire order. */
    public List<X509CertificateHolder> issuedCertificates(PrivateKey deviceKey) throws Exception {
        CMSEnvelopedData enveloped = new CMSEnvelopedData(envelopeBytes());
        RecipientInformation recipient = enveloped.getRecipientInfos().getRecipients().iterator().next();
        byte[] certsOnly = recipient.getContent(new JceKeyTransEnvelopedRecipient(deviceKey));
        @SuppressWarnings("unchecked")
        var certificates = new CMSSignedData(certsOnly).getCertificates().getMatches(null);
        return new ArrayList<X509CertificateHolder>(certificates);
    }
}
