package dev.mockndes.transport;

import io.netty.handler.ssl.SslContext;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A listener's TLS set-up (key, chain, JDK provider), opaque outside the transport. Made by
 * {@link TlsContexts}. The handshake's expensive steps (the key exchange and the signature) run on
 * the executor given by {@link #withHandshakesOn}, never on the event loop that serves other
 * connections; without one they run on the event loop.
 */
public final class ServerTls {
    private final SslContext context;
    private final Optional<Executor> handshakes;

    ServerTls(SslContext context) {
        this(context, Optional.empty());
    }

    private ServerTls(SslContext context, Optional<Executor> handshakes) {
        this.context = context;
        this.handshakes = handshakes;
    }

    /** The same set-up, with the handshake's delegated tasks run on {@code executor}. */
    public ServerTls withHandshakesOn(Executor executor) {
        return new ServerTls(context, Optional.of(executor));
    }

    SslContext context() {
        return context;
    }

    Optional<Executor> handshakes() {
        return handshakes;
    }
}
