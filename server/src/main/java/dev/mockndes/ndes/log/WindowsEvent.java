package dev.mockndes.ndes.log;

import java.time.Instant;
import java.util.Objects;

/** One Windows event-log record, e.g. an NDES error in the {@value #APPLICATION} log. */
public record WindowsEvent(Instant time, String logName, String source, int eventId, EventLevel level, String message) {
    public static final String APPLICATION = "Application";

    public WindowsEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(logName, "logName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }
}
