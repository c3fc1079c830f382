package dev.mockndes.harness.load;

import java.util.Arrays;

/** A growable list of nanosecond latencies, for one thread. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
