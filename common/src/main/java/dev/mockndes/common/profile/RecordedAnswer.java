package dev.mockndes.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded HTTP answer to one {@link ProfileProbe}.
 *
 * @param probe      the probe's name ({@link ProfileProbe#wire()})
 * @param request    the request line's target as it was sent, for people
 * @param status     the HTTP status
 * @param reason     the reason phrase of the status line
 * @param headers    every header line as received, {@code Name: value}, in order and with the server's case
 * @param bodyText   the body when it is UTF-8 text (exact bytes); otherwise null
 * @param bodyBase64 the body in base64 when it is not text; otherwise null. GetCACert's body is not
 *                   kept: the chain is described in {@link RecordedChain} instead
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedAnswer(@JsonProperty(required = true) String probe, @JsonProperty(required = true) String request,
                             @JsonProperty(required = true) int status, @JsonProperty(required = true) String reason,
                             @JsonProperty(required = true) List<String> headers, String bodyText, String bodyBase64) {

    public RecordedAnswer {
        if (ProfileProbe.fromWire(probe).isEmpty()) {
            throw new IllegalArgumentException("unknown probe '" + probe + "' (known: " + ProfileProbe.names() + ")");
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status (100 to 599)");
        }
        headers = List.copyOf(headers);
        for (String header : headers) {
            if (header.indexOf(':') <= 0) {
                throw new IllegalArgumentException("header '" + header + "' is not 'Name: value'");
            }
        }
        if (bodyText != null && bodyBase64 != null) {
            throw new IllegalArgumentException("give bodyText or bodyBase64, not both");
        }
        if (bodyBase64 != null) {
            try {
                Base64.getDecoder().decode(bodyBase64);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bodyBase64 is not base64: " + e.getMessage());
            }
        }
    }

    /** An answer with its body kept as text when it is UTF-8 (byte for byte), else in base64. */
    public static RecordedAnswer of(ProfileProbe probe, String request, int status, String reason, List<String> headers, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        boolean isText = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body) && text.chars().noneMatch(c -> c == 0);
        return new RecordedAnswer(probe.wire(), request, status, reason, headers, isText ? text : null,
                isText ? null : Base64.getEncoder().encodeToString(body));
    }

    /** The same answer without its body (GetCACert: the certificates are described, not copied). */
    public RecordedAnswer withoutBody() {
        return new RecordedAnswer(probe, request, status, reason, headers, null, null);
    }

    public ProfileProbe kind() {
        return ProfileProbe.fromWire(probe).orElseThrow();
    }

    public byte[] body() {
        return bodyText != null ? bodyText.getBytes(StandardCharsets.UTF_8)
                : bodyBase64 != null ? Base64.getDecoder().decode(bodyBase64) : new byte[0];
    }

    /** The headers as (name, value) pairs, in order. */
    public List<Map.Entry<String, String>> headerPairs() {
        return headers.stream().<Map.Entry<String, String>>map(line -> new AbstractMap.SimpleImmutableEntry<>(
                line.substring(0, line.indexOf(':')).trim(), line.substring(line.indexOf(':') + 1).trim())).toList();
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headerPairs().stream().filter(h -> h.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst();
    }
}
