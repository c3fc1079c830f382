package dev.mockndes.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How an enrolment can end, in the words of a scenario's {@code expect:} and of the client
 * harness's reports: the only list of them. {@link #HTTP_STATUS} carries a status and
 * {@link #SCEP_FAILURE} a failInfo; the others stand alone.
 */
public enum OutcomeWord {
    SUCCESS("success"),
    PENDING("pending"),
    HTTP_STATUS("http-status"),
    SCEP_FAILURE("scep-failure"),
    CONNECTION_ERROR("connection-error"),
    TIMEOUT("timeout"),
    /** The answer broke the protocol. */
    INVALID_RESPONSE("invalid-response"),
    /** A check of the device failed before it sent its request. */
    DEVICE_REFUSED("device-refused"),
    /** The HTTPS handshake failed: the server's certificate or protocol was refused, or the server ended the handshake. */
    TLS_FAILURE("tls-failure");

    private final String word;

    OutcomeWord(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Every word, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(OutcomeWord::word).toList();
    }

    /** The outcome a word names, exactly as written. */
    public static Optional<OutcomeWord> fromWord(String word) {
        return Arrays.stream(values()).filter(o -> o.word.equals(word)).findFirst();
    }

    @Override
    public String toString() {
        return word;
    }
}
