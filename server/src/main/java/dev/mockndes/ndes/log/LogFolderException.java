package dev.mockndes.ndes.log;

import dev.mockndes.common.SystemWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The log folder cannot be created or written, with the operating system's reason. */
public final class LogFolderException extends UncheckedIOException {
    private final transient Path folder;

    public LogFolderException(Path folder, IOException cause) {
        super("cannot open the log folder " + folder + ": " + SystemWords.of(cause), cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
