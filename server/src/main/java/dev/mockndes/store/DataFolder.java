package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data folder held by this server: created with mode 0700 if missing, and locked through
 * {@code DIR/lock} so a second server (another process, or another instance in this JVM) cannot
 * write the same journals. The OS releases the lock when the process dies, even by {@code kill -9}.
 */
public final class DataFolder implements AutoCloseable {
    static final String LOCK = "lock";
    static final String WRITE_CHECK = ".write-check";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolder(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StorageException when the folder cannot be created or another server holds it */
    public static DataFolder lock(Path path) {
        Path lockFile = path.resolve(LOCK);
        FileChannel channel = null;
        try {
            PrivateFiles.createFolder(path);
            channel = PrivateFiles.open(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StorageException(path, "in use by another mock-ndes" + holder + "; give each server its own --data-dir");
            }
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            RecordLog.writeFully(channel, ByteBuffer.wrap(pid), 0);
            checkWritable(path);
            return new DataFolder(path, channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            throw new StorageException(path, "cannot use as a data folder: " + SystemWords.of(e), e);
        }
    }

    /**
     * Creates, forces and deletes a small file, as the stores will: a folder that takes no new file
     * (read-only, immutable) or no new block (a full disk) is refused at start, before anything is
     * acknowledged, instead of at the first enrolment.
     */
    private static void checkWritable(Path path) throws IOException {
        Path probe = path.resolve(WRITE_CHECK);
        Files.deleteIfExists(probe);
        try {
            PrivateFiles.writeNew(probe, new byte[] {'o', 'k', '\n'});
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
