package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {
    @TempDir
    Path folder;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void recordsWrittenAndSyncedAreReadBackAfterReopening() {
        Path file = folder.resolve("test.journal");
        List<Long> offsets = new ArrayList<>();
        try (RecordLog log = open(file)) {
            for (String text : List.of("one", "two", "three")) {
                offsets.add(log.write(bytes(text)));
                log.sync();
            }
        }
        try (RecordLog log = open(file)) {
            assertThat(recovered(log)).containsExactly("one", "two", "three");
            assertThat(new String(log.read(offsets.get(1)), StandardCharsets.UTF_8)).isEqualTo("two");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aLastRecordCutAtAnyByteIsDroppedWithOneWarningAndTheEarlierRecordsStayIntact() throws Exception {
        Path file = folder.resolve("test.journal");
        long lastOffset;
        try (RecordLog log = open(file)) {
            log.write(bytes("first record"));
            log.write(bytes("second record"));
            lastOffset = log.write(bytes("the last record, which a crash will cut short"));
            log.sync();
        }
        byte[] whole = Files.readAllBytes(file);
        for (int cut = (int) lastOffset + 1; cut < whole.length; cut++) {
            Path torn = folder.resolve("torn-" + cut + ".journal");
            Files.write(torn, Arrays.copyOf(whole, cut));
            warnings.clear();
            try (RecordLog log = open(torn)) {
                assertThat(recovered(log)).as("cut at byte %d", cut).containsExactly("first record", "second record");
                assertThat(log.end()).isEqualTo(lastOffset);
                log.write(bytes("written after recovery"));
                log.sync();
            }
            assertThat(Files.size(torn)).isEqualTo(lastOffset + RecordLog.frameLength(22));
            assertThat(warnings).as("cut at byte %d", cut).singleElement().asString()
                    .startsWith(torn + ": dropped " + (cut - lastOffset) + " bytes at offset " + lastOffset);
            try (RecordLog log = open(torn)) {
                assertThat(recovered(log)).containsExactly("first record", "second record", "written after recovery");
            }
        }
    }

    @Test
    void aLastRecordWithABadChecksumOrAZeroFilledTailIsDropped() throws Exception {
        Path file = folder.resolve("test.journal");
        long lastOffset;
        try (RecordLog log = open(file)) {
            log.write(bytes("kept"));
            lastOffset = log.write(bytes("garbled by the crash"));
            log.sync();
        }
        byte[] garbled = Files.readAllBytes(file);
        garbled[garbled.length - 3] ^= 0x10;
        Files.write(file, garbled);
        try (RecordLog log = open(file)) {
            assertThat(recovered(log)).containsExactly("kept");
        }
        byte[] zeros = new byte[4096];
        Files.write(file, zeros, java.nio.file.StandardOpenOption.APPEND);
        try (RecordLog log = open(file)) {
            assertThat(recovered(log)).containsExactly("kept");
            assertThat(log.end()).isEqualTo(lastOffset);
        }
        assertThat(warnings).hasSize(2);
    }

    @Test
    void aFlippedBitInAMiddleRecordFailsNamingTheFileAndOffsetAndTruncatesNothing() throws Exception {
        Path file = folder.resolve("test.journal");
        long middle;
        try (RecordLog log = open(file)) {
            log.write(bytes("first"));
            middle = log.write(bytes("middle"));
            log.write(bytes("last"));
            log.sync();
        }
        byte[] content = Files.readAllBytes(file);
        for (int at : new int[] {(int) middle + RecordLog.HEADER + 2, (int) middle + 1}) {
            byte[] flipped = content.clone();
            flipped[at] ^= 0x04;
            Files.write(file, flipped);
            try (RecordLog log = open(file)) {
                assertThatThrownBy(() -> recovered(log)).isInstanceOf(StorageException.class)
                        .hasMessageStartingWith(file + ": corrupt record")
                        .hasMessageContaining("at offset " + middle);
            }
            assertThat(Files.size(file)).isEqualTo(content.length);
        }
    }

    @Test
    void aFileThatIsNotAJournalIsRefused() throws Exception {
        Path file = folder.resolve("test.journal");
        Files.writeString(file, "hello, this is a text file");
        assertThatThrownBy(() -> open(file)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith(file + ": not a mock-ndes MNDTEST1 file");
    }

    @Test
    void concurrentWritersAllLandIntactEachInItsOwnOrder() throws Exception {
        Path file = folder.resolve("test.journal");
        int threads = 8;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (RecordLog log = open(file)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        log.write(bytes(thread + ":" + i));
                        log.sync();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        try (RecordLog log = open(file)) {
            List<String> all = recovered(log);
            assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
            for (int t = 0; t < threads; t++) {
                String prefix = t + ":";
                assertThat(all.stream().filter(s -> s.startsWith(prefix)).toList())
                        .as("thread %d's records in its own order", t)
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, each).mapToObj(i -> prefix + i).toList());
            }
        }
    }

    @Test
    void theFileIsCreatedReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("test.journal");
        open(file).close();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Set.copyOf(Files.getPosixFilePermissions(file))).hasSize(2);
    }

    private RecordLog open(Path file) {
        return RecordLog.open(file, "MNDTEST1", SyncMode.GROUP, warnings::add);
    }

    private static List<String> recovered(RecordLog log) {
        List<String> records = new ArrayList<>();
        log.recover(RecordLog.start(), (offset, payload) -> records.add(StandardCharsets.UTF_8.decode(payload).toString()));
        return records;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
