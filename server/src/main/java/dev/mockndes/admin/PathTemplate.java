package dev.mockndes.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A route path with named segments, {@code /certificates/{serial}/revoke}: each {@code {name}}
 * matches exactly one non-empty path segment, taken as it was sent (undecoded).
 */
public final class PathTemplate {
    private final String[] segments;

    private PathTemplate(String[] segments) {
        this.segments = segments;
    }

    public static PathTemplate of(String template) {
        return new PathTemplate(template.split("/", -1));
    }

    public boolean matches(String path) {
        return parameters(path).isPresent();
    }

    /** The named segments of {@code path}, or empty when the path does not fit the template. */
    public Optional<Map<String, String>> parameters(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                values.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** The value of one named segment; the caller has already routed the path here. */
    public String parameter(String path, String name) {
        return parameters(path).map(values -> values.get(name))
                .orElseThrow(() -> new IllegalArgumentException(path + " does not fit " + String.join("/", Arrays.asList(segments))));
    }

    /** Like {@link #parameter}, percent-decoded ({@code +} stays {@code +}: transaction IDs are often base64). */
    public String decodedParameter(String path, String name) {
        String raw = parameter(path, name);
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path segment '" + raw + "' is not validly percent-encoded");
        }
    }
}
