package dev.mockndes.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of every command line: a number and a unit ({@code 500ms}, {@code 1.5s},
 * {@code 5m}, {@code 1h}, {@code 2d}; case and a space before the unit do not matter) or ISO-8601
 * ({@code PT30S}, {@code P2D}). Never negative.
 */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final String EXAMPLES = "500ms, 30s, 5m, 1h, 2d or PT30S";

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the text and the accepted forms */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher matcher = SHORT.matcher(trimmed.toLowerCase(Locale.ROOT));
        Duration duration = matcher.matches() ? ofUnit(new BigDecimal(matcher.group(1)), matcher.group(2)) : iso(text, trimmed);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative: a duration is 0 or more (e.g. " + EXAMPLES + ")");
        }
        return duration;
    }

    private static Duration ofUnit(BigDecimal amount, String unit) {
        long nanosPerUnit = switch (unit) {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 86_400_000_000_000L;
        };
        BigDecimal[] seconds = amount.multiply(BigDecimal.valueOf(nanosPerUnit)).divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Duration.ofSeconds(seconds[0].longValueExact(), seconds[1].longValue());
    }

    private static Duration iso(String text, String trimmed) {
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. " + EXAMPLES + ")");
        }
    }
}
