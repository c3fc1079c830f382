package dev.mockndes.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one device saw.
 *
 * @param profile the device profile that ran
 * @param outcome in the scenario files' words: "success", "pending", "http-status 503",
 *                "scep-failure badRequest", "connection-error" or "timeout"
 * @param log     what the device did, one short line per step, oldest first
 * @param hop     where in the chain the run stopped ({@link FailingHop}: device, proxy, iis, mscep,
 *                policy-module or ca); null for a success
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceRunResult(String profile, String outcome, List<String> log, String hop) {

    /** A result whose hop is not derived yet. */
    public DeviceRunResult(String profile, String outcome, List<String> log) {
        this(profile, outcome, log, null);
    }

    public DeviceRunResult {
        log = List.copyOf(log);
    }

    /** The same result, stopped at {@code hop} (null: nowhere). */
    public DeviceRunResult withHop(String hop) {
        return new DeviceRunResult(profile, outcome, log, hop);
    }
}
