package dev.mockndes.harness.device;

import java.util.Locale;

/**
 * How an enrolment ended, as a device sees it. {@link #wire()} uses the words of the scenario
 * files' {@code expect:} outcomes ({@code success}, {@code pending}, {@code http-status 503},
 * {@code scep-failure badRequest}, {@code connection-error}, {@code timeout}) plus two the device
 * decides on its own: {@code invalid-response} (the answer broke the protocol) and
 * {@code device-refused} (a check of the device failed before it sent its request). The detail is
 * for people and never part of the wire form.
 */
public sealed interface Outcome {

    /** The outcome word and its argument, e.g. {@code http-status 503}. */
    String wire();

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
        public String wire() {
            return "success";
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record Pending(String detail) implements Outcome {
        public String wire() {
            return "pending";
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record HttpStatus(int status, String detail) implements Outcome {
        public String wire() {
            return "http-status " + status;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    /** @param failInfo the RFC 8894 name, e.g. badRequest */
    record ScepFailure(String failInfo, String detail) implements Outcome {
        public String wire() {
            return "scep-failure " + failInfo;
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record ConnectionError(String detail) implements Outcome {
        public String wire() {
            return "connection-error";
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record Timeout(String detail) implements Outcome {
        public String wire() {
            return "timeout";
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record InvalidResponse(String detail) implements Outcome {
        public String wire() {
            return "invalid-response";
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    record DeviceRefused(String detail) implements Outcome {
        public String wire() {
            return "device-refused";
        }

        @Override
        public String toString() {
            return wire();
        }
    }
}
