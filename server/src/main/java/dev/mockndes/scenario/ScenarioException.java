package dev.mockndes.scenario;

/**
 * A scenario that cannot be used, with one line saying where and why: {@code file:line:col: problem},
 * or {@code file: problem} when there is no position (the file cannot be read). Lines and columns
 * count from 1.
 */
public final class ScenarioException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public ScenarioException(String source, int line, int column, String problem) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the whole file rather than a place in it. */
    public ScenarioException(String source, String problem, Throwable cause) {
        this(source, 0, 0, problem);
        initCause(cause);
    }

    /** The file name or label the scenario came from. */
    public String source() {
        return source;
    }

    /** 1-based, or 0 when the problem has no position. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position prefix. */
    public String problem() {
        return problem;
    }
}
