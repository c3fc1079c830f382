package dev.mockndes.ndes.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One request as the IIS site log records it. Nullable: {@code uriQuery} (raw, still
 * percent-encoded), {@code username}, {@code userAgent}, {@code referer}; they log as {@code -}.
 */
public record IisRequest(
        Instant time,
        String serverIp,
        String method,
        String uriStem,
        String uriQuery,
        int serverPort,
        String username,
        String clientIp,
        String userAgent,
        String referer,
        int status,
        int substatus,
        long win32Status,
        long timeTakenMillis) {

    public IisRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(serverIp, "serverIp");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uriStem, "uriStem");
        Objects.requireNonNull(clientIp, "clientIp");
    }
}
