package dev.mockndes.scep;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;

/**
 * The outer layer of a SCEP request: the signed attributes, the signer and the still-encrypted
 * pkcsPKIEnvelope. Signature verification is a separate step so that a bad signature can still be
 * answered with a correlated FAILURE CertRep.
 *
 * @param transactionId the attribute value exactly as received, echoed byte for byte
 * @param senderNonce   the client's nonce, or null when the client sent none
 * @param messageType   the raw messageType string
 * @param signer        the certificate that signed the request (often self-signed and temporary)
 * @param digestAlgorithm the signer's digest algorithm, reused for the reply
 * @param envelope      the encapsulated content (an EnvelopedData), or an empty array when absent
 */
public record SignedPkiMessage(
        ASN1Encodable transactionId,
        byte[] senderNonce,
        String messageType,
        X509CertificateHolder signer,
        AlgorithmIdentifier digestAlgorithm,
        SignerInformation signerInfo,
        byte[] envelope) {

    /** The transactionID as text: the string itself, or the hex of its DER when it is not a string. Keys the pending queue. */
    public String transactionIdText() {
        if (transactionId instanceof org.bouncycastle.asn1.ASN1String text) {
            return text.getString();
        }
        try {
            return org.bouncycastle.util.encoders.Hex.toHexString(transactionId.toASN1Primitive().getEncoded());
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
