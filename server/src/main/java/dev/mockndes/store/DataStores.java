package dev.mockndes.store;

import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiAssembler;
import dev.mockndes.pki.PkiSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The PKI and the stores a server runs with, chosen by {@link StorageSettings}:
 * <pre>
 *   no data folder   generated (or imported) PKI, memory stores: gone on exit
 *   --data-dir DIR   DIR/lock, DIR/pki/…, DIR/certificates.journal + .index, DIR/revocations.journal,
 *                    DIR/pending.journal: kept across restarts and crashes
 * </pre>
 * Closing releases the files and the folder lock (memory stores have nothing to release).
 */
public final class DataStores implements AutoCloseable {
    private final Pki pki;
    private final CertificateStore certificates;
    private final PendingStore pending;
    private final List<AutoCloseable> resources;

    private DataStores(Pki pki, CertificateStore certificates, PendingStore pending, List<AutoCloseable> resources) {
        this.pki = pki;
        this.certificates = certificates;
        this.pending = pending;
        this.resources = resources;
    }

    /**
     * @param warnings one line per thing repaired on open (a torn journal tail, a rebuilt index)
     * @throws StorageException when the data folder is held by another server or holds a damaged file
     */
    public static DataStores open(StorageSettings storage, PkiSettings settings, Clock clock, Consumer<String> warnings) {
        Optional<ImportedCa> imported = storage.importCa().map(ImportedCa::load);
        if (storage.dataDir().isEmpty()) {
            Pki pki = imported.map(ca -> PkiAssembler.withNewRa(ca.ca(), ca.root(), settings, clock))
                    .orElseGet(() -> Pki.ephemeral(settings, clock));
            return new DataStores(pki, new MemoryCertificateStore(), new MemoryPendingStore(), List.of());
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            DataFolder folder = DataFolder.lock(storage.dataDir().get());
            opened.add(folder);
            Pki pki = PkiFolder.open(folder.path(), settings, clock, imported, warnings);
            JournalCertificateStore certificates = JournalCertificateStore.open(folder.path(), SyncMode.GROUP, warnings);
            opened.add(0, certificates);
            JournalPendingStore pending = JournalPendingStore.open(folder.path(), SyncMode.GROUP, warnings);
            opened.add(0, pending);
            return new DataStores(pki, certificates, pending, List.copyOf(opened));
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /** Memory stores around a PKI generated elsewhere (an ephemeral CA whose keys were made ahead of the configuration, or a replayed profile's chain). */
    public static DataStores inMemory(Pki pki) {
        return new DataStores(pki, new MemoryCertificateStore(), new MemoryPendingStore(), List.of());
    }

    public Pki pki() {
        return pki;
    }

    public CertificateStore certificates() {
        return certificates;
    }

    public PendingStore pending() {
        return pending;
    }

    /** Closes the stores, then releases the folder lock. */
    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // keep releasing the others
            }
        }
    }
}
