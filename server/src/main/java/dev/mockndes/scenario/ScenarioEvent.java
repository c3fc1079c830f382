package dev.mockndes.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Windows event the failure leaves behind, raised once when the scenario comes into force, e.g.
 * Event 1000 "Application Error" for a crashing w3wp.exe.
 *
 * @param log   the event log (default Application)
 * @param level Error, Warning or Information (default Error)
 */
public record ScenarioEvent(@JsonProperty(required = true) int eventId, @JsonProperty(required = true) String source,
                            String log, String level, @JsonProperty(required = true) String message) {

    public ScenarioEvent {
        log = log == null ? "Application" : log;
        level = level == null ? "Error" : level;
        if (!level.equals("Error") && !level.equals("Warning") && !level.equals("Information")) {
            throw new IllegalArgumentException("level is Error, Warning or Information, not '" + level + "'");
        }
    }
}
