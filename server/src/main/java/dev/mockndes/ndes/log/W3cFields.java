package dev.mockndes.ndes.log;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Field rules shared by the IIS and HTTP.sys W3C logs. */
final class W3cFields {
    /** The {@code date time} pair, and the {@code #Date:} directive: UTC, as IIS and HTTP.sys write them. */
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final String EMPTY = "-";

    private W3cFields() {
    }

    /**
     * A null or empty value becomes {@code -}; spaces become {@code +}. Control characters also
     * become {@code +}, because a field must never split or end the line.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return EMPTY;
        }
        StringBuilder field = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            field.append(c == ' ' || Character.isISOControl(c) ? '+' : c);
        }
        return field.toString();
    }

    /** Whole seconds, as IIS writes them; the last second's text is reused (a busy log writes many lines per second). */
    static String dateTime(Instant time) {
        long second = time.getEpochSecond();
        FormattedSecond last = lastSecond;
        if (last == null || last.epochSecond() != second) {
            last = new FormattedSecond(second, DATE_TIME.format(Instant.ofEpochSecond(second)));
            lastSecond = last;
        }
        return last.text();
    }

    private record FormattedSecond(long epochSecond, String text) {
    }

    /** Racy by design: any thread may replace it, and every value it holds is correct for its second. */
    private static volatile FormattedSecond lastSecond;

    /** The directives written at the top of a new file. */
    static List<String> header(String software, Instant started, String fields) {
        return List.of(
                "#Software: " + software,
                "#Version: 1.0",
                "#Date: " + dateTime(started),
                "#Fields: " + fields);
    }
}
