package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The data folder refused a write while the server runs: the disk is full, the file system went
 * read-only, the file was made immutable, an I/O error. The operation the write belonged to was not
 * acknowledged and left nothing half done that a reader could see; what was acknowledged before is
 * untouched. The message is one line, {@code path: what failed: why}.
 */
public final class DiskWriteFailure extends UncheckedIOException {
    private final Path path;

    DiskWriteFailure(Path path, String what, IOException cause) {
        super(path + ": " + what + ": " + SystemWords.of(cause), cause);
        this.path = path;
    }

    /** The file that refused the write. */
    public Path path() {
        return path;
    }

    /** Why, in the operating system's words ("No space left on device", "Operation not permitted"). */
    public String reason() {
        return SystemWords.of(getCause());
    }
}
