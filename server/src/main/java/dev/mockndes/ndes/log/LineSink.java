package dev.mockndes.ndes.log;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Asynchronous append-only sink shared by all logs: {@link #offer} never blocks and never throws;
 * one daemon thread takes whatever is queued as a batch and hands it to the {@link BatchWriter}.
 * A line is dropped, and counted, when the queue is full, the sink is closed, or the write fails.
 * Lines offered concurrently with {@link #close()} may be lost uncounted.
 *
 * <p>After each batch the writer rests for {@link #REST_NANOS} before it looks again, so that under load
 * lines gather into batches and {@code offer} finds nobody waiting to be woken: a request then costs
 * its thread a queue insert, not a wake-up, and the writer one file write per batch, not per line.
 * A line reaches its file at most that much later (HTTP.sys buffers its logs far longer); an idle
 * writer waits on the queue and the first line wakes it at once.
 */
final class LineSink implements AutoCloseable {
    static final int DEFAULT_CAPACITY = 8192;
    private static final int MAX_BATCH = 1024;
    /** The writer's rest between batches: 2 ms, a few dozen lines at tens of thousands of requests a second. */
    static final long REST_NANOS = 2_000_000;

    private sealed interface Item permits Write, Barrier, Stop {}
    private record Write(LogLine line) implements Item {}
    private record Barrier(CountDownLatch reached) implements Item {}
    private enum Stop implements Item { STOP }

    private final BlockingQueue<Item> queue;
    private final BatchWriter writer;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean closed;

    LineSink(int capacity, BatchWriter writer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
        this.thread = new Thread(this::run, "ndes-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the line for its file; false (and counted as dropped) if it could not be queued. */
    boolean offer(LogFile file, String text) {
        if (closed || file == null || text == null || !queue.offer(new Write(new LogLine(file, text)))) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    long droppedLines() {
        return dropped.get();
    }

    /** Returns once every line queued before this call has been written (or dropped by a failed write). */
    void awaitWritten() throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.put(new Barrier(reached));
        }
        reached.await();
    }

    /** Writes everything queued so far, then stops the writer thread. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            Uninterruptibly.run(() -> queue.put(Stop.STOP));
        }
        Uninterruptibly.run(thread::join);
        for (Item item; (item = queue.poll()) != null; ) {
            if (item instanceof Write) {
                dropped.incrementAndGet();
            }
        }
    }

    private void run() {
        boolean stopping = false;
        while (!stopping) {
            List<Item> items = new ArrayList<>();
            try {
                items.add(queue.take());
            } catch (InterruptedException ignored) {
                continue; // only close() ends this thread
            }
            queue.drainTo(items, MAX_BATCH - 1);
            write(items.stream().filter(Write.class::isInstance).map(i -> ((Write) i).line()).toList());
            items.stream().filter(Barrier.class::isInstance).forEach(i -> ((Barrier) i).reached().countDown());
            stopping = items.contains(Stop.STOP);
            if (!stopping) {
                LockSupport.parkNanos(REST_NANOS);
            }
        }
    }

    private void write(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            dropped.addAndGet(writer.write(lines));
        } catch (RuntimeException e) {
            dropped.addAndGet(lines.size());
        }
    }
}
