package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The durable pending queue: every put and removal appended to {@code pending.journal} and forced
 * before it returns; opening replays the journal. The queue is small, so it is held in memory; when
 * the journal has grown to more than twice the live requests (plus slack), opening rewrites it
 * with one put per live request (a new file, forced, then renamed over the old one).
 */
public final class JournalPendingStore implements PendingStore, AutoCloseable {
    static final String JOURNAL = "pending.journal";
    private static final String MAGIC = "MNDPEND1";
    private static final int SLACK = 64;

    private final RecordLog journal;
    private final Map<String, PendingRequest> requests;

    private JournalPendingStore(RecordLog journal, Map<String, PendingRequest> requests) {
        this.journal = journal;
        this.requests = requests;
    }

    public static JournalPendingStore open(Path folder, SyncMode mode, Consumer<String> warnings) {
        Path path = folder.resolve(JOURNAL);
        Map<String, PendingRequest> requests = new LinkedHashMap<>();
        int records = replay(path, mode, warnings, requests);
        if (records > 2 * requests.size() + SLACK) {
            compact(folder, path, requests.values(), warnings);
        }
        RecordLog journal = RecordLog.open(path, MAGIC, mode, warnings);
        journal.recover(RecordLog.start(), (offset, payload) -> { });
        return new JournalPendingStore(journal, requests);
    }

    private static int replay(Path path, SyncMode mode, Consumer<String> warnings, Map<String, PendingRequest> requests) {
        int[] records = {0};
        try (RecordLog log = RecordLog.open(path, MAGIC, mode, warnings)) {
            log.recover(RecordLog.start(), (offset, payload) -> {
                byte[] record = new byte[payload.remaining()];
                payload.get(record);
                PendingRecords.apply(record, requests);
                records[0]++;
            });
        }
        return records[0];
    }

    private static void compact(Path folder, Path path, Iterable<PendingRequest> live, Consumer<String> warnings) {
        Path next = folder.resolve(JOURNAL + ".compacting");
        try {
            Files.deleteIfExists(next);
            try (RecordLog log = RecordLog.open(next, MAGIC, SyncMode.EACH, warnings)) {
                log.recover(RecordLog.start(), (offset, payload) -> { });
                for (PendingRequest request : live) {
                    log.write(PendingRecords.put(request));
                }
                log.sync();
            }
            Files.move(next, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.syncFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot compact: " + SystemWords.of(e), e);
        }
    }

    @Override
    public void put(PendingRequest request) {
        synchronized (this) {
            journal.write(PendingRecords.put(request));
            requests.put(request.transactionId(), request);
        }
        journal.sync();
    }

    @Override
    public synchronized Optional<PendingRequest> find(String transactionId) {
        return Optional.ofNullable(requests.get(transactionId));
    }

    @Override
    public void remove(String transactionId) {
        synchronized (this) {
            if (!requests.containsKey(transactionId)) {
                return;
            }
            journal.write(PendingRecords.remove(transactionId));
            requests.remove(transactionId);
        }
        journal.sync();
    }

    @Override
    public synchronized List<PendingRequest> list() {
        return List.copyOf(requests.values());
    }

    @Override
    public synchronized void close() {
        journal.close();
    }
}
