package dev.mockndes.scenario;

/**
 * What a device profile of the client harness should see against this scenario.
 *
 * @param outcome  success, pending, http-status, scep-failure, connection-error, timeout, invalid-response (the
 *                 answer broke the protocol) or device-refused (a device check failed before the request was sent) or tls-failure (the HTTPS handshake failed)
 * @param status   the HTTP status, for http-status
 * @param failInfo the RFC failInfo name, for scep-failure
 */
public record Expectation(String outcome, Integer status, String failInfo) {
}
