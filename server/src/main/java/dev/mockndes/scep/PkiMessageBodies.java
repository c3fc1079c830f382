package dev.mockndes.scep;

import java.util.Base64;
import java.util.List;

/**
 * Turns what a client sent as a PKIOperation into DER bytes.
 *
 * <p>POST bodies are raw DER whatever the Content-Type says, except that a body starting with
 * {@code MI} is base64 (a DER SEQUENCE never starts with the byte 'M'). GET messages are base64 in
 * the query string; clients wrap lines, leave {@code +} raw, percent-encode it, turn it into a
 * space, or use base64url, and all of these are accepted.
 */
public final class PkiMessageBodies {
    private PkiMessageBodies() {
    }

    public static byte[] fromPostBody(byte[] body) throws ScepRequestException {
        if (body.length >= 2 && body[0] == 'M' && body[1] == 'I') {
            return base64(new String(body, java.nio.charset.StandardCharsets.US_ASCII));
        }
        return body;
    }

    /** @param message the percent-decoded {@code message} parameter ({@code +} left as is) */
    public static byte[] fromQueryMessage(String message) throws ScepRequestException {
        if (message == null || message.isBlank()) {
            throw new ScepRequestException("PKIOperation by GET needs a base64 'message' parameter");
        }
        return base64(message);
    }

    /**
     * Line breaks are dropped first. A space is far more likely to be a {@code +} that a form
     * encoder mangled than a separator, so that reading is tried before spaces are dropped: the
     * other order can decode the wrong bytes without any error.
     */
    private static byte[] base64(String text) throws ScepRequestException {
        String unwrapped = text.replaceAll("[\\r\\n\\t]", "").trim();
        List<String> candidates = List.of(unwrapped.replace(' ', '+'), unwrapped.replace(" ", ""));
        for (String candidate : candidates) {
            try {
                return Base64.getDecoder().decode(candidate);
            } catch (IllegalArgumentException e) {
                // try the next reading
            }
        }
        try {
            return Base64.getUrlDecoder().decode(unwrapped.replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new ScepRequestException("PKIOperation message is not valid base64 (" + e.getMessage() + ")");
        }
    }
}
