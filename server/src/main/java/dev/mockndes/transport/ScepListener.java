package dev.mockndes.transport;

import dev.mockndes.scep.ScepService;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The Netty HTTP listener for the SCEP endpoint. Owns its event loops and the PKIOperation worker
 * pool; {@link #close()} releases all of them.
 */
public final class ScepListener implements AutoCloseable {
    /** Requests waiting for a worker beyond this are refused with 503 instead of queuing without bound. */
    private static final int WORK_QUEUE = 4096;

    private final EventLoopGroup loops;
    private final ExecutorService workers;
    private final Channel channel;

    private ScepListener(EventLoopGroup loops, ExecutorService workers, Channel channel) {
        this.loops = loops;
        this.workers = workers;
        this.channel = channel;
    }

    /**
     * Binds and returns once the port is open.
     *
     * @param paths the URL paths that reach mscep.dll (matched case-insensitively, as IIS does)
     */
    public static ScepListener bind(String address, int port, Set<String> paths, ScepService service, int workerThreads)
            throws InterruptedException {
        ExecutorService workers = new ThreadPoolExecutor(workerThreads, workerThreads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WORK_QUEUE), new NamedThreads("scep-worker"));
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(Math.max(1, workerThreads), new DefaultThreadFactory("scep-io", true),
                NioIoHandler.newFactory());
        Set<String> lowerCasePaths = paths.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        try {
            Channel channel = new ServerBootstrap()
                    .group(loops)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ScepChannelInitializer(new ScepHttpHandler(service, workers, lowerCasePaths)))
                    .bind(new InetSocketAddress(address, port)).sync().channel();
            return new ScepListener(loops, workers, channel);
        } catch (InterruptedException | RuntimeException e) {
            loops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownNow();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        workers.shutdown();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
