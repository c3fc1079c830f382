package dev.mockndes.harness.probe;

import dev.mockndes.harness.device.HttpAnswer;
import dev.mockndes.harness.device.TlsVerdict;
import java.util.Optional;

/**
 * One request of the probe and what came back: an answer, or how the connection failed.
 *
 * @param millis time from the first byte sent to the last byte received (or the failure)
 */
public record Exchange(String request, Optional<HttpAnswer> answer, Failure failure, String detail, long millis,
                       Optional<TlsVerdict> tlsVerdict) {

    /** How a request can fail below HTTP. */
    public enum Failure { NONE, HOST_NOT_FOUND, REFUSED, RESET, CLOSED, TIMEOUT, TLS }

    static Exchange answered(String request, HttpAnswer answer, long millis) {
        return new Exchange(request, Optional.of(answer), Failure.NONE, "", millis, Optional.empty());
    }

    static Exchange failed(String request, Failure failure, String detail, long millis) {
        return new Exchange(request, Optional.empty(), failure, detail, millis, Optional.empty());
    }

    /** The HTTPS handshake failed, for the reason {@code verdict} names. */
    static Exchange tlsFailed(String request, TlsVerdict verdict, String detail, long millis) {
        return new Exchange(request, Optional.empty(), Failure.TLS, detail, millis, Optional.of(verdict));
    }

    public boolean answered() {
        return answer.isPresent();
    }

    public int status() {
        return answer.map(HttpAnswer::status).orElse(0);
    }

    /** "403", "reset", "closed without an answer" … for findings. */
    public String summary() {
        return answer.map(a -> a.status() + (a.contentType().isEmpty() ? "" : " " + a.contentType()))
                .orElse(switch (failure) {
                    case HOST_NOT_FOUND -> "host name does not resolve";
                    case REFUSED -> "connection refused";
                    case RESET -> "connection reset";
                    case CLOSED -> "closed without an answer";
                    case TIMEOUT -> "no answer before the timeout";
                    case TLS -> "TLS handshake failed";
                    case NONE -> "?";
                });
    }
}
