package dev.mockndes.harness.device;

import java.util.List;

/**
 * One enrolment by one device profile.
 *
 * @param profile the profile name (android, ios, macos, windows, rfc8894)
 * @param outcome how it ended
 * @param log     what the device would have logged, in its own format, oldest first
 */
public record DeviceRun(String profile, Outcome outcome, List<String> log) {

    public DeviceRun {
        log = List.copyOf(log);
    }

    /** The log, then the outcome, one per line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        log.forEach(line -> out.append(line).append('\n'));
        out.append("outcome: ").append(outcome.wire());
        if (!outcome.detail().isBlank()) {
            out.append(" (").append(outcome.detail()).append(')');
        }
        return out.append('\n').toString();
    }
}
