package dev.mockndes.harness.load;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of one phase of a run (preparing keys, enrolling), counted by the workers through
 * {@link #counter()}. On a terminal, a one-line bar redrawn four times a second; elsewhere, one line
 * every {@link Phases#LINE_INTERVAL_MILLIS} ms. Either way {@link #close()} ends with the phase's total
 * and time, so the last thing shown is the final count, measured over the phase alone.
 */
final class Progress implements AutoCloseable {
    private final AtomicLong done = new AtomicLong();
    private final Thread painter;
    private final PrintWriter out;
    private final boolean bar;
    private final String phase;
    private final String unit;
    private final long total;
    private final long start = System.nanoTime();

    Progress(PrintWriter out, boolean bar, long intervalMillis, String phase, String unit, long total, long durationNanos) {
        this.out = out;
        this.bar = bar;
        this.phase = phase;
        this.unit = unit;
        this.total = total;
        if (out == null) {
            painter = null;
            return;
        }
        painter = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
                print(bar ? "\r" + barLine(durationNanos) : status() + System.lineSeparator());
            }
        }, "load-progress");
        painter.setDaemon(true);
        painter.start();
    }

    AtomicLong counter() {
        return done;
    }

    private String barLine(long durationNanos) {
        long elapsed = System.nanoTime() - start;
        double fraction = total > 0 ? done.get() / (double) total : durationNanos > 0 ? elapsed / (double) durationNanos : 0;
        int filled = (int) Math.min(30, Math.round(fraction * 30));
        return String.format(Locale.ROOT, "%s [%s%s] %s ", phase, "#".repeat(filled), ".".repeat(30 - filled), status().substring(phase.length() + 2));
    }

    /** {@code enrolling: 120/500 enrolments, 3.4 s}. */
    private String status() {
        return String.format(Locale.ROOT, "%s: %d%s %s, %.1f s", phase, done.get(), total > 0 ? "/" + total : "", unit,
                (System.nanoTime() - start) / 1e9);
    }

    private synchronized void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.interrupt();
        try {
            painter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String last = String.format(Locale.ROOT, "%s: %d %s in %.2f s", phase, done.get(), unit, (System.nanoTime() - start) / 1e9);
        print((bar ? "\r" + " ".repeat(79) + "\r" : "") + last + System.lineSeparator());
    }
}
