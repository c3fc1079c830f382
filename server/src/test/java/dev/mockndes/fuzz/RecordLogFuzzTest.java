package dev.mockndes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mockndes.store.RecordLog;
import dev.mockndes.store.StorageException;
import dev.mockndes.store.SyncMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data folder's record log after a crash or a bad disk: records are written, then the file is
 * cut, has bytes changed or has bytes appended. Recovery either refuses with a message naming the
 * file and offset, leaving the file as it was, or hands back every record that lies wholly before
 * the first damaged byte, in order; it never loses one of those.
 */
class RecordLogFuzzTest {
    private static final Path FOLDER = folder();

    @FuzzTest(maxDuration = "10s")
    void recoveryKeepsEveryRecordBeforeTheDamageOrRefusesWithFileAndOffset(FuzzedDataProvider data) throws IOException {
        Path file = Files.createTempFile(FOLDER, "log", ".bin");
        Files.delete(file);
        List<byte[]> written = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        try (RecordLog log = RecordLog.open(file, "FUZZLOG1", SyncMode.GROUP, warning -> { })) {
            log.recover(RecordLog.start(), (offset, payload) -> { });
            for (int records = data.consumeInt(0, 6); records > 0; records--) {
                byte[] payload = data.consumeBytes(data.consumeInt(1, 300));
                if (payload.length == 0) {
                    break;
                }
                log.write(payload);
                written.add(payload);
                ends.add(log.end());
            }
            log.sync();
        }
        Damaged damaged = damage(data, Files.readAllBytes(file));
        byte[] bytes = damaged.bytes();
        Files.write(file, bytes);
        int intact = (int) ends.stream().filter(end -> end <= damaged.first()).count();

        List<byte[]> recovered = new ArrayList<>();
        try (RecordLog log = RecordLog.open(file, "FUZZLOG1", SyncMode.GROUP, warning -> { })) {
            log.recover(RecordLog.start(), (offset, payload) -> recovered.add(copy(payload)));
            assertThat(recovered.size()).as("records recovered").isGreaterThanOrEqualTo(intact);
            for (int i = 0; i < intact; i++) {
                assertThat(recovered.get(i)).as("record %d", i).isEqualTo(written.get(i));
            }
        } catch (StorageException e) {
            assertThat(e.getMessage()).startsWith(file.toString()).containsAnyOf("offset", "first bytes", "header");
            assertThat(Files.readAllBytes(file)).as("a refused file is left as it was").isEqualTo(bytes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The file after the damage, and the first offset whose byte is not what was written. */
    private record Damaged(byte[] bytes, long first) {
    }

    /** Cuts the file short, changes a few bytes after the magic, or appends bytes. */
    private static Damaged damage(FuzzedDataProvider data, byte[] bytes) {
        int start = (int) RecordLog.start();
        return switch (data.consumeInt(0, 2)) {
            case 0 -> {
                int at = data.consumeInt(start, bytes.length);
                yield new Damaged(Arrays.copyOf(bytes, at), at);
            }
            case 1 -> {
                byte[] changed = bytes.clone();
                long first = bytes.length;
                for (int edits = data.consumeInt(1, 4); edits > 0 && bytes.length > start; edits--) {
                    int at = data.consumeInt(start, bytes.length - 1);
                    changed[at] = data.consumeByte();
                    if (changed[at] != bytes[at]) {
                        first = Math.min(first, at);
                    }
                }
                yield new Damaged(changed, first);
            }
            default -> {
                byte[] tail = data.consumeBytes(64);
                byte[] longer = Arrays.copyOf(bytes, bytes.length + tail.length);
                System.arraycopy(tail, 0, longer, bytes.length, tail.length);
                yield new Damaged(longer, bytes.length);
            }
        };
    }

    private static byte[] copy(ByteBuffer payload) {
        byte[] copy = new byte[payload.remaining()];
        payload.get(copy);
        return copy;
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("record-log-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
