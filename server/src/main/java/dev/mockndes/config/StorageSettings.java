package dev.mockndes.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server keeps what must outlive a request: CA and RA keys, issued certificates,
 * revocations and the pending queue.
 *
 * @param dataDir when empty, everything lives in memory and is lost on exit (the embedded default);
 *                when present, everything is kept under this folder and survives restarts and crashes
 */
public record StorageSettings(Optional<Path> dataDir) {

    public StorageSettings {
        Objects.requireNonNull(dataDir, "dataDir");
    }

    public static StorageSettings inMemory() {
        return new StorageSettings(Optional.empty());
    }

    public static StorageSettings in(Path dataDir) {
        return new StorageSettings(Optional.of(dataDir));
    }
}
