package dev.mockndes.harness.device;

import dev.mockndes.common.OutcomeWord;
import java.util.Locale;
import java.util.Optional;

/**
 * How an enrolment ended, as a device sees it: one record per {@link OutcomeWord}, the words of the
 * scenario files' {@code expect:} outcomes, with its argument ({@code http-status 503},
 * {@code scep-failure badRequest}). The detail is for people and never part of the wire form.
 */
public sealed interface Outcome {

    OutcomeWord word();

    /** The outcome word and its argument, e.g. {@code http-status 503}. */
    default String wire() {
        return word().word();
    }

    /** What happened, in a sentence; empty when the wire form says it all. */
    String detail();

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /**
     * Whether this is the outcome {@code expected} names, compared on the wire form; case and
     * runs of spaces do not matter, so {@code "http-status  503"} matches.
     */
    default boolean matches(String expected) {
        return normalise(expected).equals(wire());
    }

    /** The wire form of an expectation given as its parts (outcome, status or null, failInfo or null). */
    static String wire(String outcome, Integer status, String failInfo) {
        return outcome + (status != null ? " " + status : "") + (failInfo != null ? " " + failInfo : "");
    }

    private static String normalise(String text) {
        String[] words = text.trim().split("\\s+");
        words[0] = words[0].toLowerCase(Locale.ROOT);
        return String.join(" ", words);
    }

    record Success(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.SUCCESS;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record Pending(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.PENDING;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record HttpStatus(int status, String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.HTTP_STATUS;
        }

        @Override
        public String wire() {
            return word().word() + " " + status;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    /** @param failInfo the RFC 8894 name, e.g. badRequest */
    /**
     * @param ndesError the HRESULT NDES put in szOID_ENROLL_SCEP_ERROR (e.g. 0x800706BA), when the device read it
     */
    record ScepFailure(String failInfo, String detail, Optional<String> ndesError) implements Outcome {
        public ScepFailure(String failInfo, String detail) {
            this(failInfo, detail, Optional.empty());
        }

        public ScepFailure withNdesError(Optional<String> error) {
            return new ScepFailure(failInfo, error.map(e -> detail + "; NDES error " + e).orElse(detail), error);
        }

        public OutcomeWord word() {
            return OutcomeWord.SCEP_FAILURE;
        }

        @Override
        public String wire() {
            return word().word() + " " + failInfo;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record ConnectionError(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.CONNECTION_ERROR;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record Timeout(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.TIMEOUT;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record InvalidResponse(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.INVALID_RESPONSE;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    /** The HTTPS handshake failed; the detail names why (expired, name mismatch, untrusted chain, protocol). */
    record TlsFailure(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.TLS_FAILURE;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record DeviceRefused(String detail) implements Outcome {
        public OutcomeWord word() {
            return OutcomeWord.DEVICE_REFUSED;
        }

        @Override
        public String toString() {
            return wire();
        }
    }
}
