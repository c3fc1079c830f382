package dev.mockndes.ndes;

import dev.mockndes.protocol.FailInfo;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * NDES could not get a certificate from the CA for a PKIOperation: what it met and what it tells
 * the device.
 *
 * <p>Event 31 (EVENT_MSCEP_FAIL_SUBMIT) reads "The Network Device Enrollment Service cannot submit the
 * certificate request (%1). %2". When the CA never got the request (RPC unavailable), %1 is NDES's
 * HRESULT and %2 its text: "(0x800706ba). The RPC server is unavailable." When the CA received and
 * denied it, %1 is the CA's reason and %2 NDES's HRESULT: "(The requested certificate template is not
 * supported by this CA.). 0x80004005"; the CA then also keeps a failed request with {@code caStatus}.
 *
 * @param hresult  the error NDES met; it is in Event 31 and in the FAILURE's szOID_ENROLL_SCEP_ERROR
 * @param reason   the words that go with it (the CA's reason when {@code caStatus} is present)
 * @param caStatus the status code the CA's failed request carries, e.g. 0x80094800; empty when the CA never got it
 * @param answer   what the device receives
 * @param failInfo the failInfo of the FAILURE, when {@code answer} is {@link Answer#SCEP_FAILURE}
 */
public record CaRefusal(int hresult, String reason, Optional<Integer> caStatus, Answer answer, FailInfo failInfo) {

    /** What mscep.dll sends the device when the CA does not issue. */
    public enum Answer {
        /** A signed FAILURE CertRep. */
        SCEP_FAILURE("scep-failure"),
        /** IIS's 500 page. */
        HTTP_500("http-500");

        private final String word;

        Answer(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public CaRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(caStatus, "caStatus");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(failInfo, "failInfo");
    }

    /** The text of Event 31 on the NDES server, laid out as NDES lays it out in each case. */
    public String submitEventText() {
        return "The Network Device Enrollment Service cannot submit the certificate request ("
                + (caStatus.isPresent() ? reason + "). " + hex(hresult) : hex(hresult) + "). " + reason);
    }

    /** An HRESULT as Windows prints it in event texts: 0x80004005. */
    public static String hex(int hresult) {
        return String.format(Locale.ROOT, "0x%08x", hresult);
    }
}
