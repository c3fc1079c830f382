package dev.mockndes.transport;

import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.web.WebApplication;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;

/** One bound HTTP port serving one {@link WebApplication}. {@link #close()} unbinds; the event loops belong to the caller. */
public final class HttpListener implements AutoCloseable {
    private final Channel channel;

    private HttpListener(Channel channel) {
        this.channel = channel;
    }

    /**
     * Binds and returns once the port is open.
     *
     * @param serverHeader the Server header on every response (e.g. "Microsoft-IIS/10.0")
     */
    public static HttpListener bind(EventLoopGroup loops, String address, int port, WebApplication application,
                                    ExchangeObserver observer, String serverHeader) throws InterruptedException {
        return bind(loops, address, port, application, observer, serverHeader, FaultPolicy.NONE, ScepOverrides.NONE,
                new RequestJournal(1));
    }

    /**
     * A listener whose requests first go through {@code faults}; {@code overrides} serves the faults
     * that need SCEP answers, and {@code journal} records every request with the fault applied.
     */
    public static HttpListener bind(EventLoopGroup loops, String address, int port, WebApplication application,
                                    ExchangeObserver observer, String serverHeader, FaultPolicy faults, ScepOverrides overrides,
                                    RequestJournal journal) throws InterruptedException {
        Channel channel = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new HttpChannelInitializer(new WebHttpHandler(application, observer, serverHeader, faults, overrides, journal)))
                .bind(new InetSocketAddress(address, port)).sync().channel();
        return new HttpListener(channel);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
