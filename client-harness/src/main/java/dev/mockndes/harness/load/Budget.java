package dev.mockndes.harness.load;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a load run stops issuing: after {@code count} attempts, or at a deadline, whichever comes
 * first. Thread-safe; {@link #next()} hands out attempt numbers.
 */
final class Budget {
    private final long count;
    private final long deadlineNanos;
    private final AtomicLong issued = new AtomicLong();

    private Budget(long count, long deadlineNanos) {
        this.count = count;
        this.deadlineNanos = deadlineNanos;
    }

    /** Starts the clock now. */
    static Budget of(Long count, Duration duration) {
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        return new Budget(count == null ? Long.MAX_VALUE : count, deadline);
    }

    /** The next attempt number, or -1 when the budget is spent. */
    long next() {
        if (System.nanoTime() >= deadlineNanos) {
            return -1;
        }
        long n = issued.getAndIncrement();
        return n < count ? n : -1;
    }

    /** The total when known in advance, else -1 (a duration). */
    long total() {
        return count == Long.MAX_VALUE ? -1 : count;
    }
}
