package dev.mockndes.store;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Makes appended bytes durable, sharing fsyncs between threads ({@link SyncMode#GROUP}):
 * <pre>
 *   thread A: write → sync ──force(covers A)──────────────▶ return
 *   thread B:   write → sync ── waits ─┐
 *   thread C:     write → sync ─ waits ┴─force(covers B, C)─▶ return
 * </pre>
 * While one thread forces the file, the others queue; when it finishes, one of them forces once
 * for everything written meanwhile. A waiter returns as soon as a completed force covered the end of
 * the log as it was when the waiter called.
 */
final class GroupCommit {
    /** Forces the file to disk; throws an unchecked exception when it cannot. */
    interface Force {
        void force();
    }

    private final SyncMode mode;
    private final LongSupplier written;
    private final Force force;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition forced = lock.newCondition();
    private long durable;
    private boolean forcing;

    /** @param written the end of what has been handed to the OS so far */
    GroupCommit(SyncMode mode, LongSupplier written, Force force) {
        this.mode = mode;
        this.written = written;
        this.force = force;
    }

    /** Declares everything up to {@code end} durable (what recovery found on disk). */
    void durableUpTo(long end) {
        lock.lock();
        try {
            durable = end;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets durability past {@code end}: the log was cut back there, and what is written there next is new. */
    void rewind(long end) {
        lock.lock();
        try {
            durable = Math.min(durable, end);
        } finally {
            lock.unlock();
        }
    }

    /** Returns once everything written before this call is on disk (at once with {@link SyncMode#NONE}). */
    void sync() {
        switch (mode) {
            case NONE -> { }
            case EACH -> {
                lock.lock();
                try {
                    force.force();
                } finally {
                    lock.unlock();
                }
            }
            case GROUP -> shared(written.getAsLong());
        }
    }

    /** How many threads are queued behind a force in progress (for tests). */
    int queued() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(forced);
        } finally {
            lock.unlock();
        }
    }

    private void shared(long target) {
        lock.lock();
        try {
            while (durable < target) {
                if (forcing) {
                    forced.awaitUninterruptibly();
                    continue;
                }
                forcing = true;
                long covering = written.getAsLong();
                boolean done = false;
                lock.unlock();
                try {
                    force.force();
                    done = true;
                } finally {
                    lock.lock();
                    forcing = false;
                    if (done) {
                        durable = Math.max(durable, covering);
                    }
                    forced.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
