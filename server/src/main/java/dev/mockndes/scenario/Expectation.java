package dev.mockndes.scenario;

/**
 * What a device profile should see against this scenario.
 *
 * @param outcome  success, pending, http-status, scep-failure, connection-error or timeout
 * @param status   the HTTP status, for http-status
 * @param failInfo the RFC failInfo name, for scep-failure
 */
public record Expectation(String outcome, Integer status, String failInfo) {
}
