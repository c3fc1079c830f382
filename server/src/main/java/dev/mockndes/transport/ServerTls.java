package dev.mockndes.transport;

import dev.mockndes.fault.TlsDefect;
import io.netty.handler.ssl.SslContext;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
    private final Function<TlsDefect, ServerTls> defects;
    private final Map<TlsDefect, SslContext> defective = new ConcurrentHashMap<>();

    ServerTls(SslContext context, List<X509Certificate> chain) {
        this(context, chain, Optional.empty(), ServerTls::noDefects);
    }

    private ServerTls(SslContext context, List<X509Certificate> chain, Optional<Executor> handshakes,
                      Function<TlsDefect, ServerTls> defects) {
        this.context = context;
        this.chain = List.copyOf(chain);
        this.handshakes = handshakes;
        this.defects = defects;
    }

    /** The same set-up, with the handshake's delegated tasks run on {@code executor}. */
    public ServerTls withHandshakesOn(Executor executor) {
        return new ServerTls(context, chain, Optional.of(executor), defects);
    }

    /**
     * The same set-up, able to handshake with a defect: {@code make} builds the set-up of each defect
     * the first time a connection needs it (its certificates are generated then), and it is kept.
     */
    public ServerTls withDefects(Function<TlsDefect, ServerTls> make) {
        return new ServerTls(context, chain, handshakes, make);
    }

    /**
     * Builds the context of {@code defect} (its certificates and keys) now, on the caller's thread,
     * and keeps it: called before a scenario with that defect takes force (at start, or by the thread
     * switching scenarios, a worker for the admin API), so that no connection builds it on an event
     * loop. Without a defect, nothing happens.
     */
    public void prepare(Optional<TlsDefect> defect) {
        contextFor(defect);
    }

    /** The context to handshake a new connection with: the sound one, or the defect's. */
    SslContext contextFor(Optional<TlsDefect> defect) {
        return defect.map(wanted -> defective.computeIfAbsent(wanted, missing -> defects.apply(missing).context()))
                .orElse(context);
    }

    private static ServerTls noDefects(TlsDefect defect) {
        throw new IllegalStateException("this listener cannot handshake with the TLS defect " + defect.word());
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
