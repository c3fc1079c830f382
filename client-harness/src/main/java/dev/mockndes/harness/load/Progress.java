package dev.mockndes.harness.load;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar redrawn four times a second, for terminals only: created with
 * {@link #start} only when stdout is a console; {@link #none()} otherwise.
 */
final class Progress implements AutoCloseable {
    private final AtomicLong done = new AtomicLong();
    private final Thread painter;
    private final PrintWriter out;

    private Progress(PrintWriter out, String unit, long total, long durationNanos) {
        this.out = out;
        if (out == null) {
            painter = null;
            return;
        }
        long start = System.nanoTime();
        painter = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long elapsed = System.nanoTime() - start;
                double fraction = total > 0 ? done.get() / (double) total : durationNanos > 0 ? elapsed / (double) durationNanos : 0;
                int filled = (int) Math.min(30, Math.round(fraction * 30));
                out.print(String.format(Locale.ROOT, "\r[%s%s] %d %s  %.0f/s ", "#".repeat(filled), ".".repeat(30 - filled), done.get(), unit,
                        done.get() / Math.max(elapsed / 1e9, 1e-3)));
                out.flush();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "load-progress");
        painter.setDaemon(true);
        painter.start();
    }

    static Progress start(PrintWriter out, String unit, long total, long durationNanos) {
        return new Progress(out, unit, total, durationNanos);
    }

    static Progress none() {
        return new Progress(null, "", 0, 0);
    }

    AtomicLong counter() {
        return done;
    }

    @Override
    public void close() {
        if (painter != null) {
            painter.interrupt();
            try {
                painter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.print("\r" + " ".repeat(79) + "\r");
            out.flush();
        }
    }
}
