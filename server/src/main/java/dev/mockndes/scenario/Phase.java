package dev.mockndes.scenario;

import java.util.List;

/**
 * A rule set for a stretch of requests: phases take turns in order; a phase with {@code requests}
 * lasts that many requests, the last phase (or one without {@code requests}) lasts for ever.
 */
public record Phase(Integer requests, List<Rule> rules) {

    public Phase {
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (requests != null && requests < 1) {
            throw new IllegalArgumentException("a phase lasts at least 1 request");
        }
    }
}
