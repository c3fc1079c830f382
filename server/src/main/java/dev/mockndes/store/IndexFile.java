package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A copy of the {@link SerialIndex} on disk, so a restart reads 16 bytes per certificate instead
 * of the whole journal: a magic, then (serial hash, journal offset) pairs of 8 bytes each, appended
 * as certificates are issued. It is derived data, never forced: the journal is the truth, and the
 * store checks the index against it on open and rebuilds it from the journal when they disagree.
 */
final class IndexFile implements AutoCloseable {
    private static final byte[] MAGIC = "MNDINDX1".getBytes(StandardCharsets.US_ASCII);
    private static final int ENTRY = 16;

    /** The pairs read on open: {@code hashes[i]} belongs to {@code offsets[i]}. */
    record Entries(long[] hashes, long[] offsets) {
        int size() {
            return offsets.length;
        }
    }

    private final Path path;
    private final FileChannel channel;
    private long end;

    private IndexFile(Path path, FileChannel channel, long end) {
        this.path = path;
        this.channel = channel;
        this.end = end;
    }

    Path path() {
        return path;
    }

    static IndexFile open(Path path) {
        try {
            FileChannel channel = PrivateFiles.open(path);
            return new IndexFile(path, channel, channel.size());
        } catch (IOException e) {
            throw new StorageException(path, "cannot open: " + SystemWords.of(e), e);
        }
    }

    /** Every whole entry (a partial last one, left by a crash, is dropped), or none when the file is new or not an index. */
    Entries read() {
        trimPartialEntry();
        try {
            if (end < MAGIC.length) {
                return new Entries(new long[0], new long[0]);
            }
            byte[] magic = new byte[MAGIC.length];
            RecordLog.readFully(channel, ByteBuffer.wrap(magic), 0);
            if (!Arrays.equals(magic, MAGIC)) {
                return new Entries(new long[0], new long[0]);
            }
            int count = (int) ((end - MAGIC.length) / ENTRY);
            long[] hashes = new long[count];
            long[] offsets = new long[count];
            ByteBuffer buffer = ByteBuffer.allocate(ENTRY * 65536);
            int done = 0;
            while (done < count) {
                int batch = Math.min(65536, count - done);
                buffer.clear().limit(batch * ENTRY);
                RecordLog.readFully(channel, buffer, MAGIC.length + (long) done * ENTRY);
                buffer.flip();
                for (int i = 0; i < batch; i++) {
                    hashes[done + i] = buffer.getLong();
                    offsets[done + i] = buffer.getLong();
                }
                done += batch;
            }
            return new Entries(hashes, offsets);
        } catch (IOException e) {
            throw new StorageException(path, "cannot read: " + SystemWords.of(e), e);
        }
    }

    /** Empties the index (keeping the magic), before it is rebuilt from the journal. */
    void reset() {
        try {
            channel.truncate(0);
            RecordLog.writeFully(channel, ByteBuffer.wrap(MAGIC), 0);
            end = MAGIC.length;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot reset: " + SystemWords.of(e), e);
        }
    }

    private void trimPartialEntry() {
        long whole = end < MAGIC.length ? 0 : MAGIC.length + (end - MAGIC.length) / ENTRY * ENTRY;
        if (whole != end) {
            try {
                channel.truncate(whole);
                end = whole;
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": cannot trim: " + SystemWords.of(e), e);
            }
        }
    }

    /** Appends one pair; a refused write leaves the end where it was (the next pair overwrites what landed). */
    void append(long hash, long offset) {
        try {
            RecordLog.writeFully(channel, ByteBuffer.allocate(ENTRY).putLong(hash).putLong(offset).flip(), end);
            end += ENTRY;
        } catch (IOException e) {
            throw new DiskWriteFailure(path, "cannot append", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.force(false);
            channel.close();
        } catch (IOException ignored) {
            // derived data: the next open rebuilds what is missing
        }
    }
}
