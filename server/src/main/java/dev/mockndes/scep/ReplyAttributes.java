package dev.mockndes.scep;

import dev.mockndes.protocol.PkiStatus;
import dev.mockndes.protocol.MessageType;
import dev.mockndes.protocol.ScepOids;
import dev.mockndes.protocol.FailInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSAttributeTableGenerator;

/**
 * The signed attributes of a CertRep, exactly: contentType, messageDigest and the SCEP attributes,
 * plus NDES's szOID_ENROLL_SCEP_ERROR on failures. No signingTime (clients check it against the
 * RA validity) and no cmsAlgorithmProtect (NDES does not send it), which Bouncy Castle's default
 * generator would add.
 */
final class ReplyAttributes implements CMSAttributeTableGenerator {
    private final List<Attribute> scepAttributes = new ArrayList<>();

    ReplyAttributes(ASN1Encodable transactionId, PkiStatus status, byte[] senderNonce, byte[] recipientNonce) {
        add(ScepOids.TRANSACTION_ID, transactionId);
        add(ScepOids.MESSAGE_TYPE, new DERPrintableString(MessageType.CERT_REP.wire()));
        add(ScepOids.PKI_STATUS, new DERPrintableString(status.wire()));
        add(ScepOids.SENDER_NONCE, new DEROctetString(senderNonce));
        if (recipientNonce != null) {
            add(ScepOids.RECIPIENT_NONCE, new DEROctetString(recipientNonce));
        }
    }

    private ReplyAttributes() {
    }

    /** contentType and messageDigest only: for signed data that is not a CertRep. */
    static ReplyAttributes plain() {
        return new ReplyAttributes();
    }

    ReplyAttributes withFailure(FailInfo failInfo) {
        return withFailure(failInfo, failInfo.hresultDecimal());
    }

    /** A failure whose szOID_ENROLL_SCEP_ERROR is {@code hresultDecimal} rather than the failInfo's usual code. */
    ReplyAttributes withFailure(FailInfo failInfo, String hresultDecimal) {
        add(ScepOids.FAIL_INFO, new DERPrintableString(failInfo.wire()));
        add(ScepOids.MS_SCEP_ERROR, new DERPrintableString(hresultDecimal));
        return this;
    }

    @Override
    public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
        ASN1EncodableVector all = new ASN1EncodableVector();
        all.add(new Attribute(CMSAttributes.contentType, new DERSet(
                (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
        all.add(new Attribute(CMSAttributes.messageDigest, new DERSet(
                new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
        scepAttributes.forEach(all::add);
        return new AttributeTable(all);
    }

    private void add(ASN1ObjectIdentifier oid, ASN1Encodable value) {
        scepAttributes.add(new Attribute(oid, new DERSet(value)));
    }
}
