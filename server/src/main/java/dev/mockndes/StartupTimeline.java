package dev.mockndes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How long each phase of a start took, for {@code serve --verbose}. Phases may run on several threads
 * at once (key generation runs beside the rest), so they are listed with their own durations and the
 * thread that ran them, not as slices of one total. Safe to use from several threads.
 */
public final class StartupTimeline {
    /** One finished phase. */
    public record Phase(String name, String thread, long startNanos, long nanos) {
    }

    private final long origin = System.nanoTime();
    private final List<Phase> phases = new ArrayList<>();

    /** Runs {@code work} as the phase {@code name} and records how long it took, even when it throws. */
    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(name, start);
        }
    }

    /** Records the phase {@code name} as running from {@code startNanos} ({@link System#nanoTime()}) until now. */
    public void record(String name, long startNanos) {
        Phase phase = new Phase(name, Thread.currentThread().getName(), startNanos, System.nanoTime() - startNanos);
        synchronized (phases) {
            phases.add(phase);
        }
    }

    public List<Phase> phases() {
        synchronized (phases) {
            return List.copyOf(phases);
        }
    }

    /**
     * One line per phase in the order they started, then the time since the JVM was launched when the
     * process start time is known (Linux: from /proc, to the clock tick).
     */
    public String report() {
        List<Phase> sorted = phases().stream().sorted(java.util.Comparator.comparingLong(Phase::startNanos)).toList();
        String lines = sorted.stream()
                .map(p -> String.format(Locale.ROOT, "  %-34s %6d ms  (from +%d ms, %s)", p.name(), Duration.ofNanos(p.nanos()).toMillis(),
                        Duration.ofNanos(p.startNanos() - origin).toMillis(), p.thread()))
                .collect(Collectors.joining(System.lineSeparator()));
        String launch = ProcessHandle.current().info().startInstant()
                .map(started -> String.format(Locale.ROOT, "; %d ms since the JVM was launched (%d ms of it before this timeline began)",
                        Duration.between(started, Instant.now()).toMillis(),
                        Duration.between(started, Instant.now()).toMillis() - Duration.ofNanos(System.nanoTime() - origin).toMillis()))
                .orElse("");
        return "start-up phases:" + System.lineSeparator() + lines + System.lineSeparator()
                + String.format(Locale.ROOT, "  ready %d ms after this timeline began%s", Duration.ofNanos(System.nanoTime() - origin).toMillis(), launch);
    }
}
