package dev.mockndes.transport;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Whether a connection outlives its response, and whether the answer must say so. IIS says nothing on
 * HTTP/1.1 (persistence is the default there), {@code Connection: keep-alive} only to an HTTP/1.0
 * client that asked for it, and {@code Connection: close} when it closes.
 */
enum Persistence {
    CLOSE,
    KEEP_IMPLIED,
    KEEP_ANNOUNCED;

    static Persistence of(HttpRequest request) {
        if (!HttpUtil.isKeepAlive(request)) {
            return CLOSE;
        }
        return request.protocolVersion().equals(HttpVersion.HTTP_1_0) ? KEEP_ANNOUNCED : KEEP_IMPLIED;
    }

    boolean keepsOpen() {
        return this != CLOSE;
    }
}
