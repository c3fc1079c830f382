package dev.mockndes.ndes.log;

import java.util.ArrayDeque;
import java.util.List;

/** The last {@code capacity} lines, oldest first. The lock is held only to add or copy. */
final class RecentLines {
    private final int capacity;
    private final ArrayDeque<String> lines;

    RecentLines(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(capacity);
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized List<String> snapshot() {
        return List.copyOf(lines);
    }
}
