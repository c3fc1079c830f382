package dev.mockndes.harness.probe;

/**
 * One troubleshooting step and what it found.
 *
 * @param step        e.g. "browse", "GetCACaps", "URL length"
 * @param verdict     ok, warn, fail, or skip when the step could not run
 * @param observation what was seen, in a sentence
 */
public record Finding(String step, Verdict verdict, String observation) {

    public enum Verdict { OK, WARN, FAIL, SKIP }
}
