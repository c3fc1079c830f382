package dev.mockndes.harness.probe;

import java.util.List;

/**
 * The cause the probe infers from its findings.
 *
 * @param cause        the most likely cause
 * @param alternatives other documented causes with the same symptoms, which the device side cannot tell apart
 * @param evidence     the symptom that decided it, in a sentence
 */
public record Diagnosis(Cause cause, List<Cause> alternatives, String evidence) {

    public Diagnosis {
        alternatives = List.copyOf(alternatives);
    }

    static Diagnosis of(Cause cause, String evidence, Cause... alternatives) {
        return new Diagnosis(cause, List.of(alternatives), evidence);
    }

    public String id() {
        return cause.id();
    }

    /** The cause and every alternative, by id. */
    public List<String> candidateIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cause), alternatives.stream()).map(Cause::id).toList();
    }

    public boolean healthy() {
        return cause == Cause.HEALTHY;
    }
}
