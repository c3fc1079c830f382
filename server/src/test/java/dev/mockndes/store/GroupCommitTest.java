package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final AtomicLong written = new AtomicLong();
    private final List<Long> forcedAt = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstForceMayFinish = new CountDownLatch(1);
    private final CountDownLatch firstForceStarted = new CountDownLatch(1);

    @Test
    void writersThatArriveDuringAForceShareTheNextOne() throws Exception {
        GroupCommit commit = new GroupCommit(SyncMode.GROUP, written::get, this::slowFirstForce);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        written.set(100);
        CompletableFuture<Void> first = CompletableFuture.runAsync(commit::sync, writers);
        assertThat(firstForceStarted.await(30, TimeUnit.SECONDS)).isTrue();
        written.set(200);
        CompletableFuture<Void> second = CompletableFuture.runAsync(commit::sync, writers);
        written.set(300);
        CompletableFuture<Void> third = CompletableFuture.runAsync(commit::sync, writers);
        while (commit.queued() < 2) {
            Thread.onSpinWait();
        }
        firstForceMayFinish.countDown();
        CompletableFuture.allOf(first, second, third).get(30, TimeUnit.SECONDS);
        writers.shutdown();

        assertThat(forcedAt).as("one force for the first writer, one shared by the two that queued").containsExactly(100L, 300L);
    }

    @Test
    void eachRecordGetsItsOwnForceInTheBaselineMode() {
        GroupCommit commit = new GroupCommit(SyncMode.EACH, written::get, () -> forcedAt.add(written.get()));
        for (long end = 1; end <= 3; end++) {
            written.set(end);
            commit.sync();
        }
        assertThat(forcedAt).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aSyncWithNothingNewWrittenDoesNotForce() {
        GroupCommit commit = new GroupCommit(SyncMode.GROUP, written::get, () -> forcedAt.add(written.get()));
        written.set(50);
        commit.durableUpTo(50);
        commit.sync();
        assertThat(forcedAt).isEmpty();
    }

    private void slowFirstForce() {
        forcedAt.add(written.get());
        if (forcedAt.size() == 1) {
            firstForceStarted.countDown();
            try {
                firstForceMayFinish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
