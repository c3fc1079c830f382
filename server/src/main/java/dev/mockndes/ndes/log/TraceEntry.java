package dev.mockndes.ndes.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One diagnostic line of the Intune connector's own logs (NDESPlugin.log, the certificate
 * registration point's svclog): when, how serious, which thread wrote it, and the text. The text
 * may hold line breaks (an HTML page the plugin received); each format keeps the entry on one line.
 */
public record TraceEntry(Instant time, EventLevel level, long threadId, String text) {

    public TraceEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    /** An entry written now by the calling thread. */
    public static TraceEntry of(Instant time, EventLevel level, String text) {
        return new TraceEntry(time, level, Thread.currentThread().getId(), text);
    }
}
