package dev.mockndes.scep;

import dev.mockndes.protocol.ScepOids;
import dev.mockndes.pki.Certificates;
import java.security.GeneralSecurityException;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads the outer SignedData of a SCEP request.
 *
 * <p>The signature is verified with the signer's public key only, never by checking the validity
 * of its (temporary) certificate: clients routinely make those a few milliseconds "in the future".
 */
public final class PkiMessageReader {

    public SignedPkiMessage read(byte[] der) throws ScepRequestException {
        try {
            return parse(der);
        } catch (RuntimeException e) {
            // Bouncy Castle parses lazily: a valid outer SEQUENCE can still hide garbage that throws here.
            throw new ScepRequestException("PKIOperation message is not a well-formed SCEP message (" + rootMessage(e) + ")", e);
        }
    }

    private SignedPkiMessage parse(byte[] der) throws ScepRequestException {
        if (der.length == 0) {
            throw new ScepRequestException("empty PKIOperation message");
        }
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(der);
        } catch (CMSException | RuntimeException e) {
            throw new ScepRequestException("PKIOperation message is not a CMS SignedData (" + rootMessage(e) + ")", e);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            throw new ScepRequestException("PKIOperation message has no SignerInfo");
        }
        SignerInformation signer = signers.iterator().next();
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            throw new ScepRequestException("PKIOperation message has no signed attributes");
        }
        ASN1Encodable transactionId = single(attributes, ScepOids.TRANSACTION_ID);
        if (transactionId == null) {
            throw new ScepRequestException("PKIOperation message has no transactionID attribute");
        }
        ASN1Encodable messageType = single(attributes, ScepOids.MESSAGE_TYPE);
        if (!(messageType instanceof ASN1String type)) {
            throw new ScepRequestException("PKIOperation message has no messageType attribute");
        }
        ASN1Encodable nonce = single(attributes, ScepOids.SENDER_NONCE);
        byte[] senderNonce = nonce instanceof ASN1OctetString octets ? octets.getOctets() : null;
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new ScepRequestException("PKIOperation message does not carry the certificate that signed it");
        }
        Object content = signed.getSignedContent() == null ? null : signed.getSignedContent().getContent();
        byte[] envelope = content instanceof byte[] bytes ? bytes : new byte[0];
        return new SignedPkiMessage(transactionId, senderNonce, type.getString(), matches.iterator().next(),
                signer.getDigestAlgorithmID(), signer, envelope);
    }

    /** True when the SignerInfo's signature verifies with the public key of the attached signer certificate. */
    public boolean signatureVerifies(SignedPkiMessage message) {
        try {
            var verifier = new JcaSimpleSignerInfoVerifierBuilder()
                    .build(Certificates.publicKey(message.signer().getSubjectPublicKeyInfo()));
            return message.signerInfo().verify(verifier);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static ASN1Encodable single(AttributeTable attributes, ASN1ObjectIdentifier oid) {
        Attribute attribute = attributes.get(oid);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        return attribute.getAttrValues().getObjectAt(0);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ");
    }
}
