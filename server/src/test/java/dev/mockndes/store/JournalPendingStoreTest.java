package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalPendingStoreTest {
    @TempDir
    Path folder;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void theQueueSurvivesReopeningWithTheLastPutWinningAndRemovalsGone() {
        Instant received = Instant.parse("2026-03-04T05:06:07.000000008Z");
        PendingRequest first = PendingRequest.waiting("tx-1", new byte[] {1, 2, 3}, received);
        PendingRequest second = PendingRequest.waiting("tx-2", new byte[] {4}, received);
        PendingRequest third = PendingRequest.waiting("tx-3", new byte[] {5}, received);
        try (JournalPendingStore store = open()) {
            store.put(first);
            store.put(second);
            store.put(third);
            store.put(first.polled().polled().issued(BigInteger.valueOf(77)));
            store.put(third.rejected());
            store.remove("tx-2");
            store.remove("tx-unknown");
        }
        try (JournalPendingStore store = open()) {
            assertThat(store.list()).extracting(PendingRequest::transactionId).containsExactly("tx-1", "tx-3");
            PendingRequest issued = store.find("tx-1").orElseThrow();
            assertThat(issued.polls()).isEqualTo(2);
            assertThat(issued.state()).isEqualTo(PendingRequest.State.ISSUED);
            assertThat(issued.serial()).contains(BigInteger.valueOf(77));
            assertThat(issued.csr()).containsExactly(1, 2, 3);
            assertThat(issued.receivedAt()).isEqualTo(received);
            assertThat(store.find("tx-3").orElseThrow().state()).isEqualTo(PendingRequest.State.REJECTED);
            assertThat(store.find("tx-2")).isEmpty();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aJournalMostlyOfSupersededRecordsIsCompactedOnOpenWithoutLosingState() throws Exception {
        PendingRequest request = PendingRequest.waiting("tx-busy", new byte[100], Instant.now());
        try (JournalPendingStore store = open()) {
            for (int i = 0; i < 300; i++) {
                store.put(request);
                request = request.polled();
            }
        }
        Path journal = folder.resolve(JournalPendingStore.JOURNAL);
        long before = Files.size(journal);
        try (JournalPendingStore store = open()) {
            assertThat(store.find("tx-busy").orElseThrow().polls()).isEqualTo(299);
        }
        assertThat(Files.size(journal)).isLessThan(before / 100);
        assertThat(Files.getPosixFilePermissions(journal)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (JournalPendingStore store = open()) {
            assertThat(store.list()).singleElement().extracting(PendingRequest::polls).isEqualTo(299);
        }
    }

    private JournalPendingStore open() {
        return JournalPendingStore.open(folder, SyncMode.GROUP, warnings::add);
    }
}
