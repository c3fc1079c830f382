package dev.mockndes.transport;

import io.netty.handler.ssl.SslContext;

/** A listener's TLS set-up (key, chain, JDK provider), opaque outside the transport. Made by {@link TlsContexts}. */
public final class ServerTls {
    private final SslContext context;

    ServerTls(SslContext context) {
        this.context = context;
    }

    SslContext context() {
        return context;
    }
}
