package dev.mockndes.ndes.log;

import java.util.List;
import java.util.function.Function;

/**
 * One log: formats each entry as a line, remembers the last lines in memory and queues the line
 * for its file. Safe to call from network threads.
 */
public final class TextLog<T> {
    private final LineSink sink;
    private final Function<T, LogFile> fileFor;
    private final Function<T, String> format;
    private final RecentLines recent;

    TextLog(LineSink sink, Function<T, LogFile> fileFor, Function<T, String> format, int recentLines) {
        this.sink = sink;
        this.fileFor = fileFor;
        this.format = format;
        this.recent = new RecentLines(recentLines);
    }

    /**
     * Never blocks. The line is remembered even if the file sink drops it.
     *
     * @return whether the line was queued for the file (false: dropped and counted)
     */
    public boolean write(T entry) {
        String line = format.apply(entry);
        recent.add(line);
        return sink.offer(fileFor.apply(entry), line);
    }

    /** The most recent data lines, oldest first; headers are not included. */
    public List<String> recentLines() {
        return recent.snapshot();
    }
}
