package dev.mockndes.harness.cli;

import java.io.PrintWriter;

/**
 * An error for a person, the only kind {@code scep-harness} prints: <b>what</b> failed, <b>why</b>
 * in the operating system's or the server's own words, and what to do <b>next</b>. Two lines,
 * never a Java class name or a stack trace.
 */
public final class HarnessError extends RuntimeException {
    private final String what;
    private final String why;
    private final String next;

    public HarnessError(String what, String why, String next) {
        super(what + ": " + why);
        this.what = what;
        this.why = why;
        this.next = next;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    public String next() {
        return next;
    }

    /** {@code scep-harness: WHAT: WHY} and, indented below it, {@code NEXT}. */
    public void printTo(PrintWriter err) {
        err.println("scep-harness: " + what + ": " + why);
        err.println("  " + next);
        err.flush();
    }
}
