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
            long offset = end;
            try {
                writeFully(channel, frame, offset);
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": cannot append at offset " + offset + ": " + SystemWords.of(e), e);
            }
            end = offset + frame.limit();
            return offset;
        }
    }

    /** Returns once every record written before this call is on disk (at once with {@link SyncMode#NONE}). */
    public void sync() {
        commit.sync();
    }

    private void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot force to disk: " + SystemWords.of(e), e);
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
