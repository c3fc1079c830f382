package dev.mockndes.transport;

import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import dev.mockndes.web.WebRequest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last requests the site received and the fault applied to each, for {@code GET /requests}.
 * Bounded; thread-safe. A request that was reset, closed or never answered has no status.
 */
public final class RequestJournal {
    /** One request as the journal shows it. {@code status} is null until answered, and stays null when never answered. */
    public static final class Entry {
        /** When it arrived; rendered only when someone reads the journal, so the request path does no date formatting. */
        private final Instant at;
        public final String method;
        public final String target;
        public final String userAgent;
        public final String fault;
        public volatile Integer status;

        Entry(Instant at, String method, String target, String userAgent, String fault) {
            this.at = at;
            this.method = method;
            this.target = target;
            this.userAgent = userAgent;
            this.fault = fault;
        }

        /** ISO-8601 UTC (the {@code time} field of {@code GET /requests}). */
        public String getTime() {
            return at.toString();
        }
    }

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public RequestJournal(int capacity) {
        this.capacity = capacity;
    }

    Entry record(WebRequest request, Optional<Fault> fault) {
        String target = request.target();
        Entry entry = new Entry(Instant.now(), request.method(), target.length() > 512 ? target.substring(0, 512) + "…" : target,
                request.header("user-agent").orElse(null), fault.map(FaultTypes::nameOf).orElse(null));
        synchronized (entries) {
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        return entry;
    }

    /** Oldest first. */
    public List<Entry> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }
}
