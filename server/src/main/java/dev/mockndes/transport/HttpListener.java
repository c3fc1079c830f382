package dev.mockndes.transport;

import dev.mockndes.ndes.ScepOverrides;
import dev.mockndes.web.ErrorPages;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.web.WebApplication;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import java.net.InetSocketAddress;
import java.util.Optional;

/** One bound HTTP port serving one {@link WebApplication}. {@link #close()} unbinds; the event loops belong to the caller. */
public final class HttpListener implements AutoCloseable {
    private final Channel channel;
    private final boolean tls;

    private HttpListener(Channel channel, boolean tls) {
        this.channel = channel;
        this.tls = tls;
    }

    /**
     * Binds and returns once the port is open.
     *
     * @throws ListenException when the address and port cannot be bound, with the operating system's reason
     *
     * @param serverHeader the Server header on every response (e.g. "Microsoft-IIS/10.0")
     */
    public static HttpListener bind(EventLoops loops, String address, int port, WebApplication application,
                                    ExchangeObserver observer, String serverHeader) throws InterruptedException {
        return bind(loops, address, port, application, observer, serverHeader, FaultPolicy.NONE, ScepOverrides.NONE,
                new RequestJournal(1), Optional.empty(), HttpSysLimits.NONE, () -> ErrorPages.DETAILED);
    }

    /**
     * A listener whose requests first go through {@code faults}; {@code overrides} serves the faults
     * that need SCEP answers, and {@code journal} records every request with the fault applied. With
     * {@code tls}, connections speak HTTPS; a client that does not is disconnected.
     */
    public static HttpListener bind(EventLoops loops, String address, int port, WebApplication application,
                                    ExchangeObserver observer, String serverHeader, FaultPolicy faults, ScepOverrides overrides,
                                    RequestJournal journal, Optional<ServerTls> tls) throws InterruptedException {
        return bind(loops, address, port, application, observer, serverHeader, faults, overrides, journal, tls,
                HttpSysLimits.DEFAULTS, () -> ErrorPages.DETAILED_LOCAL_ONLY);
    }

    /**
     * As above, with HTTP.sys's request limits {@code limits} in front of the site, and IIS's
     * {@code errorPages} mode choosing between detailed and custom error pages per client; it is
     * asked once per request (a scenario in force may change it).
     *
     * @throws ListenException when the port cannot be bound, naming the address and port
     */
    public static HttpListener bind(EventLoops loops, String address, int port, WebApplication application,
                                    ExchangeObserver observer, String serverHeader, FaultPolicy faults, ScepOverrides overrides,
                                    RequestJournal journal, Optional<ServerTls> tls, HttpSysLimits limits,
                                    java.util.function.Supplier<ErrorPages> errorPages)
            throws InterruptedException {
        Channel channel;
        try {
            channel = new ServerBootstrap()
                    .group(loops.group)
                    .channel(loops.io.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new HttpChannelInitializer(new WebHttpHandler(application, observer, serverHeader, faults, overrides,
                            journal, limits, errorPages), tls, faults))
                    .bind(new InetSocketAddress(address, port)).sync().channel();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) { // Netty rethrows the socket's checked exceptions undeclared
            throw new ListenException(address, port, e);
        }
        return new HttpListener(channel, tls.isPresent());
    }

    /** {@code https} or {@code http}. */
    public String scheme() {
        return tls ? "https" : "http";
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
