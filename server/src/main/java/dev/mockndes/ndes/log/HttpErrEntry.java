package dev.mockndes.ndes.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One request HTTP.sys refused before it reached the site. Nullable, logged as {@code -}:
 * {@code protocolVersion} (e.g. {@code HTTP/1.1}), {@code method}, {@code uri} (path and query as
 * received), {@code siteId} (unknown when the request was refused before site routing),
 * {@code queueName} (the application pool).
 */
public record HttpErrEntry(
        Instant time,
        String clientIp,
        int clientPort,
        String serverIp,
        int serverPort,
        String protocolVersion,
        String method,
        String uri,
        int status,
        Integer siteId,
        HttpErrReason reason,
        String queueName) {

    public HttpErrEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(serverIp, "serverIp");
        Objects.requireNonNull(reason, "reason");
    }
}
