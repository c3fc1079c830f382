package dev.mockndes.ndes.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared asynchronous sink. A writer that stalls until the test releases it makes queue
 * states exact; no test waits on wall-clock time. The class timeout only turns a hang (a sink
 * that blocks) into a failure; it is not a performance bound.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LineSinkTest {
    private static final LogFile FILE = LogFile.jsonLines(Path.of("unused.log"));

    /** A sink whose writer stalls until released, then records what it was given. */
    private static final class Stalled implements AutoCloseable {
        final CountDownLatch entered = new CountDownLatch(1);
        final List<String> written = new CopyOnWriteArrayList<>();
        final LineSink sink;
        private final CountDownLatch gate = new CountDownLatch(1);

        Stalled(int capacity) {
            sink = new LineSink(capacity, batch -> {
                entered.countDown();
                Uninterruptibly.run(gate::await);
                batch.forEach(line -> written.add(line.text()));
                return 0;
            });
        }

        void release() {
            gate.countDown();
        }

        /** Releases first, so a failed assertion cannot leave close() waiting on the stalled writer. */
        @Override
        public void close() {
            release();
            sink.close();
        }
    }

    @Test
    void dropsAndCountsALineInsteadOfBlockingWhenTheQueueIsFull() throws Exception {
        try (Stalled stalled = new Stalled(2)) {
            LineSink sink = stalled.sink;
            assertThat(sink.offer(FILE, "in the stalled batch")).isTrue();
            stalled.entered.await();
            assertThat(sink.offer(FILE, "queued 1")).isTrue();
            assertThat(sink.offer(FILE, "queued 2")).isTrue();

            assertThat(sink.offer(FILE, "overflow")).isFalse();
            assertThat(sink.offer(FILE, "overflow again")).isFalse();
            assertThat(sink.droppedLines()).isEqualTo(2);

            stalled.release();
            sink.awaitWritten();
            assertThat(stalled.written).containsExactly("in the stalled batch", "queued 1", "queued 2");
        }
    }

    @Test
    void awaitWrittenReturnsOnlyOnceEveryEarlierLineIsWritten() throws Exception {
        try (Stalled stalled = new Stalled(8)) {
            stalled.sink.offer(FILE, "a");
            stalled.sink.offer(FILE, "b");
            Thread waiter = daemon(() -> Uninterruptibly.run(stalled.sink::awaitWritten));

            assertThat(settledState(waiter)).isEqualTo(Thread.State.WAITING);
            stalled.release();
            waiter.join();
            assertThat(stalled.written).containsExactly("a", "b");
        }
    }

    @Test
    void closeWritesEverythingQueuedBeforeItReturns() throws Exception {
        Stalled stalled = new Stalled(8);
        LineSink sink = stalled.sink;
        sink.offer(FILE, "a");
        stalled.entered.await();
        sink.offer(FILE, "b");
        Thread closer = daemon(sink::close);

        assertThat(settledState(closer)).isEqualTo(Thread.State.WAITING);
        stalled.release();
        closer.join();
        assertThat(stalled.written).containsExactly("a", "b");
        assertThat(sink.offer(FILE, "after close")).isFalse();
        assertThat(sink.droppedLines()).isEqualTo(1);
    }

    @Test
    void countsLinesTheWriterCouldNotWriteAndKeepsGoingAfterAWriterException() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        BatchWriter failing = batch -> {
            if (batch.get(0).text().equals("explodes")) {
                throw new IllegalStateException("disk on fire");
            }
            batch.forEach(line -> written.add(line.text()));
            return batch.get(0).text().equals("unwritable") ? batch.size() : 0;
        };
        try (LineSink sink = new LineSink(8, failing)) {
            sink.offer(FILE, "explodes");
            sink.awaitWritten();
            sink.offer(FILE, "unwritable");
            sink.awaitWritten();
            sink.offer(FILE, "fine");
            sink.awaitWritten();

            assertThat(sink.droppedLines()).isEqualTo(2);
            assertThat(written).endsWith("fine");
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Spins (no sleep) until the thread is parked or finished, and says which. */
    private static Thread.State settledState(Thread thread) {
        Thread.State state;
        while ((state = thread.getState()) != Thread.State.WAITING && state != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        return state;
    }
}
