package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Reads and self-verifies the PKCS#10 request inside a PKCSReq envelope. */
final class CsrReader {
    private CsrReader() {
    }

    static PKCS10CertificationRequest read(byte[] der) throws ScepFailure {
        PKCS10CertificationRequest csr;
        try {
            csr = new PKCS10CertificationRequest(der);
        } catch (Exception e) {
            throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK,
                    "the envelope does not hold a PKCS#10 request (" + PkiMessageReader.rootMessage(e) + ")", e);
        }
        boolean valid;
        try {
            // Through a JCA key: the JDK finds EC keys by the name "EC", not by their algorithm OID.
            valid = csr.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .build(dev.mockndes.pki.Certificates.publicKey(csr.getSubjectPublicKeyInfo())));
        } catch (Exception e) {
            throw new ScepFailure(FailInfo.BAD_ALG, "cannot verify the PKCS#10 signature (" + PkiMessageReader.rootMessage(e) + ")", e);
        }
        if (!valid) {
            throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK, "the PKCS#10 request's signature does not verify");
        }
        return csr;
    }

    /** The challengePassword attribute (any DirectoryString form), when present. */
    static Optional<String> challenge(PKCS10CertificationRequest csr) {
        for (Attribute attribute : csr.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_challengePassword)) {
            for (ASN1Encodable value : attribute.getAttributeValues()) {
                if (value instanceof ASN1String text) {
                    return Optional.of(text.getString());
                }
            }
        }
        return Optional.empty();
    }
}
