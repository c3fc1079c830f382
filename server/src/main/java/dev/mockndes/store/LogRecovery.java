package dev.mockndes.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Checks a {@link RecordLog} file from a record boundary to its end and decides what a bad record
 * means:
 * <ul>
 *   <li>a header cut short, a record running past the end of the file, a last record with a bad
 *       checksum, or only zero bytes where a record should start: a write interrupted by a crash.
 *       The tail is truncated away and reported in one line;</li>
 *   <li>a bad record with other data after it: corruption no crash produces. A
 *       {@link StorageException} names the file and offset, and nothing is truncated.</li>
 * </ul>
 */
final class LogRecovery {
    private static final int WINDOW = 2 * RecordLog.MAX_RECORD + RecordLog.HEADER;

    private final Path path;
    private final FileChannel channel;
    private final Consumer<String> warnings;

    LogRecovery(Path path, FileChannel channel, Consumer<String> warnings) {
        this.path = path;
        this.channel = channel;
        this.warnings = warnings;
    }

    /** Hands every intact record from {@code from} to {@code visitor} and returns where the intact records end. */
    long recover(long from, RecordLog.Visitor visitor) throws IOException {
        long size = channel.size();
        Window window = new Window(channel);
        long position = from;
        while (position < size) {
            if (size - position < RecordLog.HEADER) {
                return dropTornTail(position, size, "a record header cut short");
            }
            ByteBuffer header = window.slice(position, RecordLog.HEADER);
            int length = header.getInt();
            int lengthCrc = header.getInt();
            int payloadCrc = header.getInt();
            if (lengthCrc != RecordLog.crcOfLength(length) || length <= 0 || length > RecordLog.MAX_RECORD) {
                if (zerosFrom(position, size)) {
                    return dropTornTail(position, size, "zero bytes where a record should start");
                }
                throw new StorageException(path, "corrupt record header at offset " + position
                        + " with intact data after it; restore the file from a backup or move it away");
            }
            long next = position + RecordLog.HEADER + length;
            if (next > size) {
                return dropTornTail(position, size, "a record cut short");
            }
            ByteBuffer payload = window.slice(position + RecordLog.HEADER, length);
            if (RecordLog.crc(payload.duplicate()) != payloadCrc) {
                if (next == size) {
                    return dropTornTail(position, size, "a last record with a bad checksum");
                }
                throw new StorageException(path, "corrupt record at offset " + position
                        + " (checksum mismatch) with intact data after it; restore the file from a backup or move it away");
            }
            visitor.record(position, payload.asReadOnlyBuffer());
            position = next;
        }
        return position;
    }

    private long dropTornTail(long position, long size, String what) throws IOException {
        channel.truncate(position);
        channel.force(true);
        warnings.accept(path + ": dropped " + (size - position) + " bytes at offset " + position + " (" + what
                + "), left by an interrupted write");
        return position;
    }

    private boolean zerosFrom(long position, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        for (long at = position; at < size; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), size - at));
            RecordLog.readFully(channel, buffer, at);
            for (int i = 0; i < buffer.limit(); i++) {
                if (buffer.get(i) != 0) {
                    return false;
                }
            }
            at += buffer.limit();
        }
        return true;
    }

    /** Sequential reads through one large buffer: recovery costs a read per megabyte, not two per record. */
    private static final class Window {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(WINDOW);
        private long start;
        private int filled;

        Window(FileChannel channel) {
            this.channel = channel;
        }

        ByteBuffer slice(long position, int length) throws IOException {
            if (position < start || position + length > start + filled) {
                buffer.clear();
                int read = 0;
                while (read < length) {
                    int n = channel.read(buffer, position + read);
                    if (n < 0) {
                        throw new IOException("unexpected end of file at offset " + (position + read));
                    }
                    read += n;
                }
                start = position;
                filled = buffer.position();
            }
            return buffer.duplicate().position((int) (position - start)).limit((int) (position - start) + length).slice();
        }
    }
}
