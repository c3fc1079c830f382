package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.pki.Credential;
import java.util.List;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;

/**
 * Decrypts the pkcsPKIEnvelope of a request.
 *
 * <p>Clients differ in whom they encrypt to: jscep picks the encryption RA, micromdm encrypts to
 * every certificate from GetCACert, older clients to the CA. The RecipientInfo is therefore chosen
 * by issuer and serial among the decryptors, never by position. NDES holds one decryptor, the CEP
 * Encryption key; an envelope for no decryptor is then {@link NotAddressedToUs}, which the service
 * turns into {@link UndecryptableRequest}. With several decryptors (the lenient mode) it is a
 * badMessageCheck FAILURE instead.
 */
public final class EnvelopeOpener {
    /** DES, 3DES, AES-128/192/256-CBC: what the JDK decrypts and SCEP clients use. */
    private static final java.util.Set<org.bouncycastle.asn1.ASN1ObjectIdentifier> SUPPORTED_CIPHERS = java.util.Set.of(
            org.bouncycastle.cms.CMSAlgorithm.DES_CBC, org.bouncycastle.cms.CMSAlgorithm.DES_EDE3_CBC,
            org.bouncycastle.cms.CMSAlgorithm.AES128_CBC, org.bouncycastle.cms.CMSAlgorithm.AES192_CBC,
            org.bouncycastle.cms.CMSAlgorithm.AES256_CBC);

    private final List<Credential> decryptors;
    private final boolean strict;

    /** @param decryptors the credentials to try, in order of preference (the encryption RA first) */
    public EnvelopeOpener(List<Credential> decryptors) {
        this(decryptors, false);
    }

    /** @param strict an envelope for none of the decryptors is {@link NotAddressedToUs}, not a FAILURE */
    public EnvelopeOpener(List<Credential> decryptors, boolean strict) {
        this.decryptors = List.copyOf(decryptors);
        this.strict = strict;
    }

    /** Thrown, unchecked through the message handlers, when a strict opener holds no key the envelope is for. */
    static final class NotAddressedToUs extends RuntimeException {
        NotAddressedToUs(String reason) {
            super(reason, null, false, false);
        }
    }

    public OpenedEnvelope open(byte[] envelope) throws ScepFailure {
        if (envelope.length == 0) {
            throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK, "the request carries no pkcsPKIEnvelope");
        }
        CMSEnvelopedData enveloped;
        try {
            enveloped = new CMSEnvelopedData(envelope);
        } catch (CMSException | RuntimeException e) {
            throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK,
                    "the pkcsPKIEnvelope is not a CMS EnvelopedData (" + PkiMessageReader.rootMessage(e) + ")", e);
        }
        if (!SUPPORTED_CIPHERS.contains(enveloped.getContentEncryptionAlgorithm().getAlgorithm())) {
            throw new ScepFailure(FailInfo.BAD_ALG, "content cipher " + enveloped.getContentEncryptionAlgorithm().getAlgorithm()
                    + " is not supported (DES, 3DES and AES-128/192/256-CBC are)");
        }
        for (Credential credential : decryptors) {
            RecipientInformation recipient = enveloped.getRecipientInfos().get(
                    new KeyTransRecipientId(credential.holder().getIssuer(), credential.holder().getSerialNumber()));
            if (recipient != null) {
                return decrypt(enveloped, recipient, credential);
            }
        }
        if (strict) {
            throw new NotAddressedToUs("The Network Device Enrollment Service cannot decrypt the client's PKCS7 message ("
                    + UndecryptableRequest.HRESULT + "): it is not encrypted to the CEP Encryption certificate");
        }
        throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK, "the pkcsPKIEnvelope is not encrypted to any certificate from GetCACert");
    }

    private static OpenedEnvelope decrypt(CMSEnvelopedData enveloped, RecipientInformation recipient, Credential credential)
            throws ScepFailure {
        try {
            byte[] content = recipient.getContent(new JceKeyTransEnvelopedRecipient(credential.privateKey()));
            return new OpenedEnvelope(content, enveloped.getContentEncryptionAlgorithm());
        } catch (CMSException | RuntimeException e) {
            String reason = PkiMessageReader.rootMessage(e);
            FailInfo failInfo = reason.toLowerCase().contains("not supported") || reason.toLowerCase().contains("no such")
                    ? FailInfo.BAD_ALG : FailInfo.BAD_MESSAGE_CHECK;
            throw new ScepFailure(failInfo, "cannot decrypt the pkcsPKIEnvelope (" + reason + ")", e);
        }
    }
}
