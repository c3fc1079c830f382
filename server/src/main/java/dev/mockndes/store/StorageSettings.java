package dev.mockndes.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server keeps what must outlive a request: CA and RA keys, issued certificates,
 * revocations and the pending queue.
 *
 * @param dataDir  when empty, everything lives in memory and is lost on exit (the embedded default);
 *                 when present, everything is kept under this folder and survives restarts and crashes
 * @param importCa when present, this existing CA issues instead of a generated one: copied into
 *                 {@code dataDir} on its first start, or used in memory without a data folder
 */
public record StorageSettings(Optional<Path> dataDir, Optional<CaImport> importCa) {

    public StorageSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(importCa, "importCa");
    }

    public StorageSettings(Optional<Path> dataDir) {
        this(dataDir, Optional.empty());
    }

    public static StorageSettings inMemory() {
        return new StorageSettings(Optional.empty());
    }

    public static StorageSettings in(Path dataDir) {
        return new StorageSettings(Optional.of(dataDir));
    }

    public StorageSettings withImport(CaImport ca) {
        return new StorageSettings(dataDir, Optional.of(ca));
    }
}
