package dev.mockndes.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * A query string split into parameters and percent-decoded by hand, <b>without</b> turning
 * {@code +} into a space: Apple and newer jscep send the base64 PKIOperation message with raw
 * {@code +} and {@code /}, which form decoders corrupt. Parameter names match case-insensitively,
 * as they do on IIS; the first occurrence wins.
 */
public final class RawQuery {
    private final Map<String, String> parameters;

    private RawQuery(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public static RawQuery parse(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = percentDecode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : percentDecode(pair.substring(equals + 1));
                parameters.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            }
        }
        return new RawQuery(parameters);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Decodes {@code %XX} escapes as UTF-8; a malformed escape is kept literally. {@code +} stays {@code +}. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
