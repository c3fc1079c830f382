package dev.mockndes.cli;

import java.io.PrintWriter;

/**
 * An error for a person, the only kind {@code mock-ndes} prints: <b>what</b> failed (the flag, the
 * file, the port, the URL), <b>why</b> in the operating system's or the peer's own words, and what
 * to do <b>next</b>. Printed as two lines, never with a Java class name or a stack trace.
 */
final class CliError extends RuntimeException {
    private final String what;
    private final String why;
    private final String next;

    CliError(String what, String why, String next) {
        super(what + ": " + why);
        this.what = what;
        this.why = why;
        this.next = next;
    }

    String what() {
        return what;
    }

    String why() {
        return why;
    }

    String next() {
        return next;
    }

    /** {@code mock-ndes: WHAT: WHY} and, indented below it, {@code NEXT}. */
    void printTo(PrintWriter err) {
        err.println("mock-ndes: " + what + ": " + why);
        err.println("  " + next);
        err.flush();
    }
}
