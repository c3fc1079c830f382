package dev.mockndes.harness.device;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;

/**
 * Reads a CertRep as a client must before trusting it: the Content-Type, one signer that is the
 * expected RA signing certificate with a valid signature, messageType 3, the echoed transactionID,
 * then the status. SUCCESS is decrypted with the device key and the first certificate taken, as
 * Apple and others do. A {@code strict} reader also insists on everything RFC 8894 requires:
 * senderNonce present, recipientNonce equal to the request's senderNonce, a known failInfo,
 * the content cipher of the request, and an issued certificate for the device's own key.
 */
public final class CertRep {
    public static final String PKI_MESSAGE = "application/x-pki-message";

    private CertRep() {
    }

    /** @return success (detail: the issued subject), pending or scep-failure */
    public static Outcome read(HttpAnswer answer, PkcsReq request, X509Certificate expectedSigner, KeyPair device, boolean strict)
            throws DeviceStop {
        if (!answer.contentType().equals(PKI_MESSAGE)) {
            throw invalid("the PKIOperation answer has Content-Type '" + answer.header("content-type").orElse("") + "', not " + PKI_MESSAGE);
        }
        try {
            CMSSignedData signed = new CMSSignedData(answer.body());
            List<SignerInformation> signers = new ArrayList<>(signed.getSignerInfos().getSigners());
            if (signers.size() != 1) {
                throw invalid("the CertRep has " + signers.size() + " signers, not one");
            }
            SignerInformation signer = signers.get(0);
            if (!signer.getSID().match(new X509CertificateHolder(expectedSigner.getEncoded()))) {
                throw invalid("the CertRep is not signed by the RA signing certificate " + expectedSigner.getSubjectX500Principal());
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(expectedSigner))) {
                throw invalid("the CertRep signature does not verify");
            }
            AttributeTable attributes = signer.getSignedAttributes();
            if (!ScepAttributes.CERT_REP.equals(text(attributes, ScepAttributes.MESSAGE_TYPE))) {
                throw invalid("messageType is " + text(attributes, ScepAttributes.MESSAGE_TYPE) + ", not 3 (CertRep)");
            }
            if (!request.transactionId().equals(text(attributes, ScepAttributes.TRANSACTION_ID))) {
                throw invalid("transactionID " + text(attributes, ScepAttributes.TRANSACTION_ID) + " does not echo " + request.transactionId());
            }
            if (strict) {
                if (octets(attributes, ScepAttributes.SENDER_NONCE) == null) {
                    throw invalid("the CertRep has no senderNonce");
                }
                if (!Arrays.equals(request.senderNonce(), octets(attributes, ScepAttributes.RECIPIENT_NONCE))) {
                    throw invalid("recipientNonce does not equal the request's senderNonce");
                }
            }
            String status = text(attributes, ScepAttributes.PKI_STATUS);
            return switch (status == null ? "" : status) {
                case "0" -> success(signed, request, device.getPrivate(), device.getPublic(), strict);
                case "3" -> new Outcome.Pending("the CA holds the request for approval (transaction " + request.transactionId() + ")");
                case "2" -> failure(text(attributes, ScepAttributes.FAIL_INFO), strict)
                        .withNdesError(Optional.ofNullable(text(attributes, ScepAttributes.NDES_ERROR)).flatMap(CertRep::hresult));
                default -> throw invalid("unknown pkiStatus '" + status + "'");
            };
        } catch (DeviceStop stop) {
            throw stop;
        } catch (Exception e) {
            throw invalid("the CertRep cannot be read: " + e.getMessage());
        }
    }

    /**
     * The outcome word of a CertRep without checking its signature or decrypting it, for load runs
     * where the client must stay cheap: {@code success}, {@code pending}, {@code scep-failure X}
     * or {@code invalid-response}.
     */
    public static String quickStatus(byte[] der) {
        try {
            SignerInformation signer = new CMSSignedData(der).getSignerInfos().getSigners().iterator().next();
            String status = text(signer.getSignedAttributes(), ScepAttributes.PKI_STATUS);
            if ("0".equals(status)) {
                return "success";
            }
            if ("3".equals(status)) {
                return "pending";
            }
            String failInfo = text(signer.getSignedAttributes(), ScepAttributes.FAIL_INFO);
            int code = failInfo == null || !failInfo.matches("[0-4]") ? -1 : Integer.parseInt(failInfo);
            return "2".equals(status) ? "scep-failure " + (code < 0 ? failInfo : ScepAttributes.FAIL_INFO_NAMES[code]) : "invalid-response";
        } catch (Exception e) {
            return "invalid-response";
        }
    }

    /** NDES's signed decimal HRESULT as Windows prints it (0x800706BA); empty when it is not a number. */
    private static Optional<String> hresult(String signedDecimal) {
        try {
            return Optional.of(String.format(java.util.Locale.ROOT, "0x%08X", Integer.parseInt(signedDecimal.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Outcome.ScepFailure failure(String failInfo, boolean strict) throws DeviceStop {
        int code = -1;
        try {
            code = Integer.parseInt(failInfo == null ? "" : failInfo.trim());
        } catch (NumberFormatException e) {
            // handled below
        }
        if (code < 0 || code >= ScepAttributes.FAIL_INFO_NAMES.length) {
            if (strict || failInfo == null) {
                throw invalid("FAILURE with failInfo '" + failInfo + "', which RFC 8894 does not define");
            }
            return new Outcome.ScepFailure(failInfo, "FAILURE with an unknown failInfo");
        }
        return new Outcome.ScepFailure(ScepAttributes.FAIL_INFO_NAMES[code], "the server refused the request (pkiStatus FAILURE)");
    }

    private static Outcome success(CMSSignedData signed, PkcsReq request, PrivateKey deviceKey, PublicKey publicKey, boolean strict)
            throws Exception {
        if (signed.getSignedContent() == null) {
            throw invalid("SUCCESS without a pkcsPKIEnvelope");
        }
        CMSEnvelopedData enveloped = new CMSEnvelopedData((byte[]) signed.getSignedContent().getContent());
        if (strict && !enveloped.getContentEncryptionAlgorithm().getAlgorithm().equals(request.algorithms().cipher())) {
            throw invalid("the reply is encrypted with " + enveloped.getContentEncryptionAlgorithm().getAlgorithm()
                    + ", not the request's " + request.algorithms().cipherName());
        }
        RecipientInformation recipient = enveloped.getRecipientInfos().getRecipients().iterator().next();
        byte[] certsOnly = recipient.getContent(new JceKeyTransEnvelopedRecipient(deviceKey));
        List<X509CertificateHolder> certs = new ArrayList<>(new CMSSignedData(certsOnly).getCertificates().getMatches(null));
        if (certs.isEmpty()) {
            throw invalid("SUCCESS with no certificate in the envelope");
        }
        X509Certificate issued = new JcaX509CertificateConverter().getCertificate(certs.get(0));
        if (strict && !issued.getPublicKey().equals(publicKey)) {
            throw invalid("the first certificate of the reply is not for the device's key");
        }
        return new Outcome.Success("issued " + issued.getSubjectX500Principal() + " serial " + issued.getSerialNumber().toString(16)
                + " by " + issued.getIssuerX500Principal());
    }

    private static String text(AttributeTable attributes, ASN1ObjectIdentifier oid) {
        ASN1Encodable value = value(attributes, oid);
        return value instanceof ASN1String s ? s.getString() : null;
    }

    private static byte[] octets(AttributeTable attributes, ASN1ObjectIdentifier oid) {
        ASN1Encodable value = value(attributes, oid);
        return value instanceof ASN1OctetString s ? s.getOctets() : null;
    }

    private static ASN1Encodable value(AttributeTable attributes, ASN1ObjectIdentifier oid) {
        Attribute attribute = attributes == null ? null : attributes.get(oid);
        return attribute == null || attribute.getAttrValues().size() == 0 ? null : attribute.getAttrValues().getObjectAt(0);
    }

    private static DeviceStop invalid(String why) {
        return new DeviceStop(new Outcome.InvalidResponse(why));
    }
}
