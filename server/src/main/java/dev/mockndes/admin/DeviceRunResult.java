package dev.mockndes.admin;

import java.util.List;

/**
 * What one device saw.
 *
 * @param profile the device profile that ran
 * @param outcome in the scenario files' words: "success", "pending", "http-status 503",
 *                "scep-failure badRequest", "connection-error" or "timeout"
 * @param log     what the device did, one short line per step, oldest first
 */
public record DeviceRunResult(String profile, String outcome, List<String> log) {

    public DeviceRunResult {
        log = List.copyOf(log);
    }
}
