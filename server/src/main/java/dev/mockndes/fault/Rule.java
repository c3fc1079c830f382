package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When to fail a request, and how. The cross-cutting knobs live here, not on faults.
 *
 * @param match       which requests (absent: every request)
 * @param fault       what happens to them
 * @param probability chance that a matching request is faulted (absent: 1), rolled from the scenario's seeded source
 * @param after       skip this many matching requests first (absent: 0)
 * @param times       fault at most this many requests, then let them through (absent: no limit)
 */
public record Rule(Match match, @JsonProperty(required = true) Fault fault, Double probability, Integer after, Integer times) {

    public Rule {
        if (probability != null && (probability < 0 || probability > 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, not " + probability);
        }
        if (after != null && after < 0) {
            throw new IllegalArgumentException("after must not be negative");
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }
}
