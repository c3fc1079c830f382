package dev.mockndes.harness.device;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP answer as a device receives it.
 *
 * @param headers lower-case names, first value of each
 */
public record HttpAnswer(int status, Map<String, String> headers, byte[] body) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The Content-Type without parameters, lower case; empty string when absent. */
    public String contentType() {
        return header("content-type").map(t -> t.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    public String text() {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    /** The reason phrase a log would show, e.g. "200 OK". */
    public String statusLine() {
        return status + " " + ReasonPhrases.of(status);
    }
}
