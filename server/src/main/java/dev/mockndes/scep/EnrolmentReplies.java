package dev.mockndes.scep;

import dev.mockndes.enroll.EnrolmentResult;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Turns an enrolment outcome into its CertRep: SUCCESS with the certificate, PENDING, or FAILURE. */
final class EnrolmentReplies {
    private EnrolmentReplies() {
    }

    static byte[] of(CertRepWriter writer, SignedPkiMessage request, EnrolmentResult result, AlgorithmIdentifier cipher)
            throws ScepFailure {
        if (result instanceof EnrolmentResult.Issued issued) {
            return writer.success(request, issued.certificate(), cipher);
        }
        if (result instanceof EnrolmentResult.Rejected rejected) {
            throw new ScepFailure(rejected.failInfo(), rejected.reason());
        }
        return writer.pending(request);
    }
}
