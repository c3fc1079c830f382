package dev.mockndes.store;

/**
 * A data folder that cannot be used as it is: a corrupt or mismatched file, a folder held by another
 * server. The message is one line, {@code path: what is wrong}, fit to print as it is.
 */
public final class StorageException extends RuntimeException {

    public StorageException(java.nio.file.Path path, String problem) {
        super(path + ": " + problem);
    }

    public StorageException(java.nio.file.Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
    }
}
