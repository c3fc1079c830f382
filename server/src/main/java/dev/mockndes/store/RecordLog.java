package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * An append-only file of checksummed records: the unit of crash safety under every durable store.
 * <pre>
 *   file   = magic (8 bytes) record*
 *   record = length (4) | CRC-32C of length (4) | CRC-32C of payload (4) | payload (length bytes)
 * </pre>
 * Appending is split in two so a store can keep its own order under its own lock and still share
 * fsyncs with other threads: {@link #write} hands a record to the OS and returns its offset;
 * {@link #sync} returns once everything written before the call is on disk, sharing fsyncs as
 * {@link GroupCommit} describes. {@link #recover}, which must run before the first write, drops a
 * torn last record and refuses real corruption ({@link LogRecovery}). The length has its own
 * checksum so a damaged length is never mistaken for a record running past the end of the file.
 *
 * <p>A write the disk refuses ({@link DiskWriteFailure}) leaves the log as it was: the end does not
 * move and the bytes that did land are cut off again when the disk allows it, or overwritten by the
 * next record (a crash before that leaves a torn tail, which recovery drops). A failed force is
 * different: the kernel may have dropped the pages it could not write and report the next force as a
 * success, so from then on the log refuses every write and force until the server restarts and
 * recovery reads what really is on disk.
 */
public final class RecordLog implements AutoCloseable {
    static final int MAGIC_LENGTH = 8;
    static final int HEADER = 12;
    static final int MAX_RECORD = 1 << 20;

    /** Receives each intact record during recovery; the payload buffer is only valid during the call. */
    public interface Visitor {
        void record(long offset, ByteBuffer payload);
    }

    private final Path path;
    private final FileChannel channel;
    private final Consumer<String> warnings;
    private final GroupCommit commit;
    private final Object writeLock = new Object();
    private volatile long end;
    private volatile DiskWriteFailure forceFailed;

    private RecordLog(Path path, FileChannel channel, SyncMode mode, Consumer<String> warnings) {
        this.path = path;
        this.channel = channel;
        this.warnings = warnings;
        this.commit = new GroupCommit(mode, () -> end, this::force);
    }

    /**
     * Opens (creating with mode 0600) the log at {@code path}, whose first 8 bytes are {@code magic}.
     * Call {@link #recover} before writing.
     */
    public static RecordLog open(Path path, String magic, SyncMode mode, Consumer<String> warnings) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        if (expected.length != MAGIC_LENGTH) {
            throw new IllegalArgumentException("a magic is 8 ASCII characters: " + magic);
        }
        FileChannel channel = null;
        try {
            channel = PrivateFiles.open(path);
            long size = channel.size();
            byte[] found = new byte[(int) Math.min(size, MAGIC_LENGTH)];
            readFully(channel, ByteBuffer.wrap(found), 0);
            boolean interruptedCreation = size < MAGIC_LENGTH && isPrefixOrZeros(found, expected);
            if (size == 0 || interruptedCreation) {
                if (interruptedCreation && size > 0) {
                    warnings.accept(path + ": rewrote a header left incomplete by an interrupted first start");
                }
                channel.truncate(0);
                writeFully(channel, ByteBuffer.wrap(expected), 0);
                channel.force(true);
                PrivateFiles.syncFolder(path.toAbsolutePath().getParent());
            } else if (!Arrays.equals(found, expected)) {
                throw new StorageException(path, "not a mock-ndes " + magic + " file (its first bytes are "
                        + new String(found, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?") + ")");
            }
            RecordLog log = new RecordLog(path, channel, mode, warnings);
            log.end = channel.size();
            return log;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException(path, "cannot open: " + SystemWords.of(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Where the first record starts. */
    public static long start() {
        return MAGIC_LENGTH;
    }

    public Path path() {
        return path;
    }

    /** The end of the last record written. */
    public long end() {
        return end;
    }

    /** How many bytes the record with this payload length occupies. */
    public static long frameLength(int payloadLength) {
        return HEADER + (long) payloadLength;
    }

    /**
     * Checks every record from {@code from} (a record boundary) to the end of the file, handing the
     * intact ones to {@code visitor}, and truncates a torn last record away.
     *
     * @throws StorageException on corruption followed by intact data, naming the offset
     */
    public void recover(long from, Visitor visitor) {
        try {
            end = new LogRecovery(path, channel, warnings).recover(from, visitor);
            commit.durableUpTo(end);
        } catch (IOException e) {
            throw new StorageException(path, "cannot read: " + SystemWords.of(e), e);
        }
    }

    /**
     * Reads the record at {@code offset}, checking both checksums.
     *
     * @throws StorageException when the record there is not intact
     */
    public byte[] read(long offset) {
        try {
            long size = end;
            if (offset < MAGIC_LENGTH || offset + HEADER > size) {
                throw new StorageException(path, "no record at offset " + offset + " (the file ends at " + size + ")");
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            readFully(channel, header, offset);
            header.flip();
            int length = header.getInt();
            if (header.getInt() != crcOfLength(length) || length <= 0 || length > MAX_RECORD || offset + HEADER + length > size) {
                throw new StorageException(path, "corrupt record header at offset " + offset);
            }
            int payloadCrc = header.getInt();
            byte[] payload = new byte[length];
            readFully(channel, ByteBuffer.wrap(payload), offset + HEADER);
            if (crc(ByteBuffer.wrap(payload)) != payloadCrc) {
                throw new StorageException(path, "corrupt record at offset " + offset + " (checksum mismatch)");
            }
            return payload;
        } catch (IOException e) {
            throw new StorageException(path, "cannot read offset " + offset + ": " + SystemWords.of(e), e);
        }
    }

    /** Appends a record (not yet durable: see {@link #sync}) and returns its offset. */
    public long write(byte[] payload) {
        if (payload.length == 0 || payload.length > MAX_RECORD) {
            throw new IllegalArgumentException("a record holds 1 to " + MAX_RECORD + " bytes, not " + payload.length);
        }
        ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
        frame.putInt(payload.length).putInt(crcOfLength(payload.length)).putInt(crc(ByteBuffer.wrap(payload))).put(payload).flip();
        synchronized (writeLock) {
            refuseAfterFailedForce();
            long offset = end;
            try {
                writeFully(channel, frame, offset);
            } catch (IOException e) {
                cutBackTo(offset);
                throw new DiskWriteFailure(path, "cannot append at offset " + offset, e);
            }
            end = offset + frame.limit();
            return offset;
        }
    }

    /**
     * Takes back the last record written, at {@code offset}, before it was synced: for a store whose
     * write of the same operation failed elsewhere (its index file). Records written after it by other
     * threads go too, so call it under the lock that orders this log's writes.
     */
    public void rollBack(long offset) {
        synchronized (writeLock) {
            if (offset < MAGIC_LENGTH || offset > end) {
                throw new IllegalArgumentException("no record at offset " + offset + " (the file ends at " + end + ")");
            }
            cutBackTo(offset);
            end = offset;
            commit.rewind(offset);
        }
    }

    /** Best effort: a disk that refuses the write may refuse the truncation; the next write overwrites those bytes. */
    private void cutBackTo(long offset) {
        try {
            channel.truncate(offset);
        } catch (IOException ignored) {
            // the bytes past the end are never read: the next record overwrites them, recovery drops them
        }
    }

    private void refuseAfterFailedForce() {
        DiskWriteFailure failed = forceFailed;
        if (failed != null) {
            throw new DiskWriteFailure(path, "refusing writes since a force to disk failed (" + failed.reason()
                    + "); restart mock-ndes once the disk is fixed", (IOException) failed.getCause());
        }
    }

    /** Returns once every record written before this call is on disk (at once with {@link SyncMode#NONE}). */
    public void sync() {
        commit.sync();
    }

    private void force() {
        refuseAfterFailedForce();
        try {
            channel.force(false);
        } catch (IOException e) {
            forceFailed = new DiskWriteFailure(path, "cannot force to disk", e);
            throw forceFailed;
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    static int crcOfLength(int length) {
        return crc(ByteBuffer.allocate(4).putInt(0, length));
    }

    static int crc(ByteBuffer data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        return (int) crc.getValue();
    }

    private static boolean isPrefixOrZeros(byte[] found, byte[] magic) {
        boolean prefix = true;
        boolean zeros = true;
        for (int i = 0; i < found.length; i++) {
            prefix &= found[i] == magic[i];
            zeros &= found[i] == 0;
        }
        return prefix || zeros;
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("unexpected end of file at offset " + at);
            }
            at += read;
        }
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to save
            }
        }
    }
}
