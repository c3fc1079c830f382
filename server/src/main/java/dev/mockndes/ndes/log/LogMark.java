package dev.mockndes.ndes.log;

import java.util.List;

/**
 * Where a test's view of a log begins: the last line kept when the mark was set. The JUnit
 * extension and the server's own test fixture mark each log when a test starts.
 *
 * <p>In process only. Contract relied on: {@link TextLog#recentLines()} hands out the very
 * {@code String} objects it keeps, so a line is found again by identity even when an identical line follows it. If the marked
 * line has since dropped out of the kept window, every kept line is newer than the mark.
 */
public record LogMark(String lastLine) {
    public static final LogMark NONE = new LogMark(null);

    public static LogMark at(List<String> lines) {
        return lines.isEmpty() ? NONE : new LogMark(lines.get(lines.size() - 1));
    }

    /** The lines written after the mark, oldest first. */
    public List<String> since(List<String> lines) {
        if (lastLine != null) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i) == lastLine) {
                    return lines.subList(i + 1, lines.size());
                }
            }
        }
        return lines;
    }
}
