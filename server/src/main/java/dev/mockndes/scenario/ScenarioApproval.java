package dev.mockndes.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mockndes.enroll.ApprovalMode;
import dev.mockndes.enroll.ApprovalSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scenario's approval mode, overriding the server's while the scenario is in force, e.g.
 * {@code approval: {mode: manual, autoApproveAfterPolls: 2}}.
 *
 * @param mode                    auto or manual
 * @param autoApproveAfterPolls   manual only: approve at the N-th poll
 * @param autoApproveAfterSeconds manual only: approve at the first poll this many seconds after the request arrived
 */
public record ScenarioApproval(@JsonProperty(required = true) String mode, Integer autoApproveAfterPolls,
                               Integer autoApproveAfterSeconds) {

    public ScenarioApproval {
        settings(mode, autoApproveAfterPolls, autoApproveAfterSeconds); // refuses bad values at load time, with file:line
    }

    public ApprovalSettings settings() {
        return settings(mode, autoApproveAfterPolls, autoApproveAfterSeconds);
    }

    private static ApprovalSettings settings(String mode, Integer polls, Integer seconds) {
        ApprovalMode parsed;
        try {
            parsed = ApprovalMode.valueOf(String.valueOf(mode).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("approval mode must be auto or manual, not " + mode);
        }
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException("autoApproveAfterSeconds must not be negative");
        }
        return new ApprovalSettings(parsed, polls == null ? OptionalInt.empty() : OptionalInt.of(polls),
                Optional.ofNullable(seconds).map(Duration::ofSeconds));
    }
}
