package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.support.Immutable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that refuses writes while the server runs (made immutable: root cannot override it):
 * the refused operation fails with a {@link DiskWriteFailure} naming the file and the reason, nothing
 * acknowledged before is lost, nothing refused is found later, and writing works again once the disk does.
 */
class DiskRefusalTest {
    @TempDir
    Path folder;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void aRefusedJournalWriteLosesNothingAcknowledgedAndTheNextWriteWorksOnceTheDiskDoes() throws Exception {
        List<X509CertificateHolder> acknowledged = new ArrayList<>();
        X509CertificateHolder refused = TestCertificates.random();
        try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, warnings::add)) {
            store.add(add(acknowledged));
            try (Immutable disk = Immutable.make(folder.resolve(JournalCertificateStore.JOURNAL))) {
                assertThatThrownBy(() -> store.add(refused)).isInstanceOf(DiskWriteFailure.class)
                        .hasMessageStartingWith(folder.resolve("certificates.journal") + ": cannot append at offset ")
                        .hasMessageEndingWith(": Operation not permitted");
                assertThat(store.find(refused.getSerialNumber())).as("refused, so not issued").isEmpty();
                assertThat(store.count()).isEqualTo(1);
                assertThat(store.find(acknowledged.get(0).getSerialNumber())).contains(acknowledged.get(0));
            }
            store.add(add(acknowledged));
        }
        try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, warnings::add)) {
            assertThat(store.recent(10)).containsExactly(acknowledged.get(1), acknowledged.get(0));
            assertThat(store.find(refused.getSerialNumber())).isEmpty();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRefusedIndexWriteTakesTheJournalRecordBackSoTheCertificateIsNeitherIssuedNorFoundAfterARestart() throws Exception {
        List<X509CertificateHolder> acknowledged = new ArrayList<>();
        X509CertificateHolder refused = TestCertificates.random();
        try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, warnings::add)) {
            store.add(add(acknowledged));
            long journalBefore = Files.size(folder.resolve(JournalCertificateStore.JOURNAL));
            try (Immutable disk = Immutable.make(folder.resolve(JournalCertificateStore.INDEX))) {
                assertThatThrownBy(() -> store.add(refused)).isInstanceOf(DiskWriteFailure.class)
                        .hasMessageContaining("certificates.index: cannot append: Operation not permitted");
                assertThat(store.find(refused.getSerialNumber())).isEmpty();
                assertThat(Files.size(folder.resolve(JournalCertificateStore.JOURNAL))).as("the record was cut off again")
                        .isEqualTo(journalBefore);
            }
            store.add(add(acknowledged));
        }
        try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, warnings::add)) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.recent(10)).containsExactly(acknowledged.get(1), acknowledged.get(0));
            assertThat(store.find(refused.getSerialNumber())).isEmpty();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRefusedPendingWriteKeepsTheQueueAsItWas() throws Exception {
        try (JournalPendingStore store = JournalPendingStore.open(folder, SyncMode.GROUP, warnings::add)) {
            store.put(PendingRequest.waiting("first", new byte[] {1}, java.time.Instant.now()));
            try (Immutable disk = Immutable.make(folder.resolve("pending.journal"))) {
                assertThatThrownBy(() -> store.put(PendingRequest.waiting("second", new byte[] {2}, java.time.Instant.now()))).isInstanceOf(DiskWriteFailure.class)
                        .hasMessageContaining("pending.journal: cannot append");
            }
            assertThat(store.list()).extracting(PendingRequest::transactionId).containsExactly("first");
        }
        try (JournalPendingStore store = JournalPendingStore.open(folder, SyncMode.GROUP, warnings::add)) {
            assertThat(store.list()).extracting(PendingRequest::transactionId).containsExactly("first");
        }
    }

    @Test
    void aFolderThatTakesNoNewFileIsRefusedAtStartNamingItAndWhy() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        DataFolder.lock(folder.resolve("data")).close(); // the lock file exists: only a new file can fail now
        try (Immutable disk = Immutable.make(folder.resolve("data"))) {
            assertThatThrownBy(() -> DataFolder.lock(folder.resolve("data"))).isInstanceOf(StorageException.class)
                    .hasMessage(folder.resolve("data") + ": cannot use as a data folder: Operation not permitted");
        }
        Files.writeString(folder.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> DataFolder.lock(folder.resolve("a-file"))).isInstanceOf(StorageException.class)
                .hasMessageStartingWith(folder.resolve("a-file") + ": cannot use as a data folder: ");
        try (var files = Files.list(folder.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the write check leaves nothing behind").containsExactly("lock");
        }
    }

    private static X509CertificateHolder add(List<X509CertificateHolder> acknowledged) {
        X509CertificateHolder certificate = TestCertificates.random();
        acknowledged.add(certificate);
        return certificate;
    }
}
