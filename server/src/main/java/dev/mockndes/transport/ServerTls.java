package dev.mockndes.transport;

import io.netty.handler.ssl.SslContext;
import java.security.cert.X509Certificate;
import java.util.List;
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
    private final List<X509Certificate> chain;
    private final Optional<Executor> handshakes;

    ServerTls(SslContext context, List<X509Certificate> chain) {
        this(context, chain, Optional.empty());
    }

    private ServerTls(SslContext context, List<X509Certificate> chain, Optional<Executor> handshakes) {
        this.context = context;
        this.chain = List.copyOf(chain);
        this.handshakes = handshakes;
    }

    /** The same set-up, with the handshake's delegated tasks run on {@code executor}. */
    public ServerTls withHandshakesOn(Executor executor) {
        return new ServerTls(context, chain, Optional.of(executor));
    }

    /** The chain the server presents: its certificate first, then the issuers it sends. */
    public List<X509Certificate> chain() {
        return chain;
    }

    SslContext context() {
        return context;
    }

    Optional<Executor> handshakes() {
        return handshakes;
    }
}
