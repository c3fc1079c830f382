package dev.mockndes.enroll;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The CA's "Failed Requests" folder: the requests the CA received and denied, newest last, with the
 * request id, status code and reason a troubleshooter reads there. Only the last {@value #KEPT} are
 * kept, in memory.
 */
public final class FailedRequests {
    static final int KEPT = 1000;

    /**
     * One denied request.
     *
     * @param requestId  the CA's request id
     * @param submitted  when the CA received it
     * @param subject    the subject asked for, or "" when NDES could not read it
     * @param statusCode the request status code, e.g. 0x80094800
     * @param reason     the disposition message, e.g. "The requested certificate template is not supported by this CA."
     */
    public record FailedRequest(long requestId, Instant submitted, String subject, int statusCode, String reason) {
    }

    private final Deque<FailedRequest> kept = new ArrayDeque<>();
    private final Clock clock;
    private long nextId = 1;

    public FailedRequests(Clock clock) {
        this.clock = clock;
    }

    /** Records a denial and returns it with its new request id. */
    public synchronized FailedRequest deny(String subject, int statusCode, String reason) {
        FailedRequest denied = new FailedRequest(nextId++, clock.instant(), subject, statusCode, reason);
        kept.addLast(denied);
        if (kept.size() > KEPT) {
            kept.removeFirst();
        }
        return denied;
    }

    public synchronized List<FailedRequest> list() {
        return List.copyOf(kept);
    }
}
