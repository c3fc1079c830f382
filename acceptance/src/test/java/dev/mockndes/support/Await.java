package dev.mockndes.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition another process brings about; the limit only bounds a broken run, it is not a threshold. */
public final class Await {
    private Await() {
    }

    public static <T> T until(String what, Duration limit, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what + " after " + limit);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
