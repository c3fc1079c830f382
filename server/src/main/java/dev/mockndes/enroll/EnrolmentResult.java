package dev.mockndes.enroll;

import dev.mockndes.protocol.FailInfo;
import org.bouncycastle.cert.X509CertificateHolder;

/** What became of an enrolment: a protocol outcome, never an HTTP error. */
public sealed interface EnrolmentResult {

    record Issued(X509CertificateHolder certificate) implements EnrolmentResult {
    }

    record Pending() implements EnrolmentResult {
    }

    /** @param reason for logs and troubleshooters; it is not sent to the client */
    record Rejected(FailInfo failInfo, String reason) implements EnrolmentResult {
    }
}
