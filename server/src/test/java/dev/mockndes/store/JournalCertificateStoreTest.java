package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCertificateStoreTest {
    @TempDir
    Path folder;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void certificatesAndRevocationsSurviveReopening() {
        List<X509CertificateHolder> issued = List.of(TestCertificates.random(), TestCertificates.random(), TestCertificates.random());
        Revocation revocation = new Revocation(issued.get(1).getSerialNumber(), Instant.parse("2026-01-02T03:04:05.123456789Z"), 1);
        try (JournalCertificateStore store = open()) {
            issued.forEach(store::add);
            assertThat(store.revoke(revocation)).isTrue();
            assertThat(store.revoke(new Revocation(issued.get(1).getSerialNumber(), Instant.now(), 4))).as("first revocation stands").isFalse();
            assertThat(store.revoke(new Revocation(BigInteger.TEN, Instant.now(), 0))).as("unknown serial").isFalse();
        }
        try (JournalCertificateStore store = open()) {
            assertThat(store.count()).isEqualTo(3);
            for (X509CertificateHolder certificate : issued) {
                assertThat(store.find(certificate.getSerialNumber())).contains(certificate);
            }
            assertThat(store.find(BigInteger.TWO)).isEmpty();
            assertThat(store.recent(2)).containsExactly(issued.get(2), issued.get(1));
            assertThat(store.revocations()).containsExactly(revocation);
            assertThat(store.revocation(issued.get(1).getSerialNumber())).contains(revocation);
            assertThat(store.revocation(issued.get(0).getSerialNumber())).isEmpty();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aSerialIssuedTwiceIsABug() {
        try (JournalCertificateStore store = open()) {
            BigInteger serial = TestCertificates.randomSerial();
            store.add(TestCertificates.withSerial(serial));
            assertThatThrownBy(() -> store.add(TestCertificates.withSerial(serial))).isInstanceOf(IllegalStateException.class);
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void aMissingOrStaleIndexIsRebuiltFromTheJournal() throws Exception {
        List<X509CertificateHolder> issued = new ArrayList<>();
        try (JournalCertificateStore store = open()) {
            for (int i = 0; i < 5; i++) {
                issued.add(TestCertificates.random());
                store.add(issued.get(i));
            }
        }
        Path index = folder.resolve(JournalCertificateStore.INDEX);
        byte[] fiveEntries = Files.readAllBytes(index);
        Files.delete(index);
        try (JournalCertificateStore store = open()) {
            assertThat(store.count()).isEqualTo(5);
            issued.forEach(c -> assertThat(store.find(c.getSerialNumber())).contains(c));
        }
        assertThat(warnings).isEmpty();
        // An index that claims a certificate the journal lost (a journal cut back after an OS crash).
        Files.write(index, fiveEntries);
        Files.write(index, java.nio.ByteBuffer.allocate(16).putLong(42).putLong(Files.size(folder.resolve(JournalCertificateStore.JOURNAL)) - 20)
                .array(), StandardOpenOption.APPEND);
        try (JournalCertificateStore store = open()) {
            assertThat(store.count()).isEqualTo(5);
            issued.forEach(c -> assertThat(store.find(c.getSerialNumber())).contains(c));
        }
        assertThat(warnings).singleElement().asString().startsWith(index + ": does not match");
        assertThat(Files.readAllBytes(index)).isEqualTo(fiveEntries);
    }

    @Test
    void certificatesIssuedAfterTheIndexWasLastWrittenAreFoundByScanningOnlyTheJournalTail() throws Exception {
        X509CertificateHolder early = TestCertificates.random();
        X509CertificateHolder late = TestCertificates.random();
        try (JournalCertificateStore store = open()) {
            store.add(early);
        }
        byte[] oneEntry = Files.readAllBytes(folder.resolve(JournalCertificateStore.INDEX));
        try (JournalCertificateStore store = open()) {
            store.add(late);
        }
        Files.write(folder.resolve(JournalCertificateStore.INDEX), oneEntry); // as if killed before the index write
        try (JournalCertificateStore store = open()) {
            assertThat(store.find(late.getSerialNumber())).contains(late);
            assertThat(store.recent(5)).containsExactly(late, early);
        }
        assertThat(Files.readAllBytes(folder.resolve(JournalCertificateStore.INDEX))).hasSize(oneEntry.length + 16);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCorruptRecordIsReportedWithFileAndOffsetWhenRead() throws Exception {
        X509CertificateHolder damaged = TestCertificates.random();
        try (JournalCertificateStore store = open()) {
            store.add(damaged);
            store.add(TestCertificates.random());
        }
        Path journal = folder.resolve(JournalCertificateStore.JOURNAL);
        byte[] content = Files.readAllBytes(journal);
        content[RecordLog.MAGIC_LENGTH + RecordLog.HEADER + 100] ^= 0x01;
        Files.write(journal, content);
        try (JournalCertificateStore store = open()) {
            assertThatThrownBy(() -> store.find(damaged.getSerialNumber())).isInstanceOf(StorageException.class)
                    .hasMessage(journal + ": corrupt record at offset " + RecordLog.MAGIC_LENGTH + " (checksum mismatch)");
        }
        Files.delete(folder.resolve(JournalCertificateStore.INDEX));
        assertThatThrownBy(this::open).isInstanceOf(StorageException.class)
                .hasMessageStartingWith(journal + ": corrupt record at offset " + RecordLog.MAGIC_LENGTH);
    }

    @Test
    void concurrentAddsAreAllFoundAfterReopening() throws Exception {
        List<X509CertificateHolder> issued = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (JournalCertificateStore store = open()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        X509CertificateHolder certificate = TestCertificates.random();
                        store.add(certificate);
                        issued.add(certificate);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        try (JournalCertificateStore store = open()) {
            assertThat(store.count()).isEqualTo(200);
            issued.forEach(c -> assertThat(store.find(c.getSerialNumber())).contains(c));
        }
    }

    @Test
    void everyFileIsReadableByItsOwnerOnly() throws Exception {
        try (JournalCertificateStore store = open()) {
            store.add(TestCertificates.random());
        }
        for (String name : List.of(JournalCertificateStore.JOURNAL, JournalCertificateStore.INDEX, JournalCertificateStore.REVOCATIONS)) {
            assertThat(Files.getPosixFilePermissions(folder.resolve(name))).as(name).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    private JournalCertificateStore open() {
        return JournalCertificateStore.open(folder, SyncMode.GROUP, warnings::add);
    }
}
