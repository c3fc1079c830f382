package dev.mockndes.ndes.log;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a line goes and how that file starts: {@code header} lines are written only when the
 * file is empty (new, or existing with no content), so reopening never repeats them.
 */
record LogFile(Path path, List<String> header, String lineEnd) {
    /** IIS and HTTP.sys write CRLF-terminated lines. */
    static final String CRLF = "\r\n";

    LogFile {
        Objects.requireNonNull(path, "path");
        header = List.copyOf(header);
        Objects.requireNonNull(lineEnd, "lineEnd");
    }

    static LogFile windows(Path path, List<String> header) {
        return new LogFile(path, header, CRLF);
    }

    static LogFile jsonLines(Path path) {
        return new LogFile(path, List.of(), "\n");
    }
}
