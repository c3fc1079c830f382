package dev.mockndes.transport;

import io.netty.handler.codec.DateFormatter;
import java.util.Date;

/**
 * The {@code Date} header's value (RFC 7231 IMF-fixdate, whole seconds, as IIS writes it), formatted
 * once per second instead of once per response. Safe from any thread.
 */
final class HttpDate {
    private record Second(long epochSecond, String text) {
    }

    /** Racy by design: any thread may replace it, and every value it holds is right for its second. */
    private static volatile Second last = new Second(Long.MIN_VALUE, "");

    private HttpDate() {
    }

    static String now() {
        long millis = System.currentTimeMillis();
        long second = Math.floorDiv(millis, 1000);
        Second cached = last;
        if (cached.epochSecond() != second) {
            cached = new Second(second, DateFormatter.format(new Date(second * 1000)));
            last = cached;
        }
        return cached.text();
    }
}
