package dev.mockndes.harness.load;

import java.io.PrintWriter;

/**
 * Where a run shows its phases: a bar per phase on a terminal, periodic lines elsewhere (a CI log),
 * or nothing. Each phase has its own count and clock.
 */
public final class Phases {
    /** How often a line is printed when the output is not a terminal. */
    static final long LINE_INTERVAL_MILLIS = 5_000;
    private static final long BAR_INTERVAL_MILLIS = 250;

    private final PrintWriter out;
    private final boolean bar;

    private Phases(PrintWriter out, boolean bar) {
        this.out = out;
        this.bar = bar;
    }

    /** A bar redrawn in place: for a terminal. */
    public static Phases bars(PrintWriter out) {
        return new Phases(out, true);
    }

    /** A line now and then, and one when each phase ends: for a log. */
    public static Phases lines(PrintWriter out) {
        return new Phases(out, false);
    }

    public static Phases none() {
        return new Phases(null, false);
    }

    /** Starts showing a phase of {@code total} steps (or {@code durationNanos} long, or open-ended when both are 0 or less). */
    Progress begin(String phase, String unit, long total, long durationNanos) {
        return new Progress(out, bar, bar ? BAR_INTERVAL_MILLIS : LINE_INTERVAL_MILLIS, phase, unit, total, durationNanos);
    }
}
