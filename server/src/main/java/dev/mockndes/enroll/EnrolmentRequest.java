package dev.mockndes.enroll;

import java.util.Optional;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * A decrypted, signature-checked enrolment request.
 *
 * @param csr           the PKCS#10 request, its self-signature already verified
 * @param challenge     the challengePassword attribute, when the CSR has one
 * @param transactionId the SCEP transactionID as text (for logs and pending queues)
 */
public record EnrolmentRequest(PKCS10CertificationRequest csr, Optional<String> challenge, String transactionId) {
}
