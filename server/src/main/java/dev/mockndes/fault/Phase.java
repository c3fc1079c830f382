package dev.mockndes.fault;

import java.util.List;

/**
 * A rule set for a stretch of requests, counted over every request the site receives. Phases take
 * turns in order; a phase lasts {@code requests} requests, or for ever when {@code requests} is
 * absent. Once the phases are used up only the scenario's own rules apply: "fail the first 3
 * requests, then recover" is one phase of 3. Phase rules are tried before the scenario's rules.
 */
public record Phase(Integer requests, List<Rule> rules) {

    public Phase {
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (requests != null && requests < 1) {
            throw new IllegalArgumentException("a phase lasts at least 1 request");
        }
    }
}
