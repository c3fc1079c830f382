package dev.mockndes.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/** The network threads all listeners share. Closing stops them, waiting a few seconds at most. */
public final class EventLoops implements AutoCloseable {
    /** Part of the stop budget (see MockNdes#close); the loop threads are daemons, so leaving them never holds the process. */
    private static final int STOP_WAIT_MILLIS = 500;

    final EventLoopGroup group;
    /** The socket layer the loops drive; listeners bound on them must use its server channel. */
    final NetworkIo io;

    private EventLoops(EventLoopGroup group, NetworkIo io) {
        this.group = group;
        this.io = io;
    }

    public static EventLoops create(int threads) {
        return create(threads, NetworkIo.chosen());
    }

    static EventLoops create(int threads, NetworkIo io) {
        return new EventLoops(new MultiThreadIoEventLoopGroup(Math.max(1, threads), new DefaultThreadFactory("http-io", true),
                io.handlers()), io);
    }

    /** {@code epoll} or {@code nio}: how the loops reach the sockets (see {@link NetworkIo}). */
    public String ioName() {
        return io.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Stops the loops, waiting at most a few seconds: a stop must never hang the process (a SIGTERM
     * was once seen to wait forever here, with every loop thread already gone).
     */
    @Override
    public void close() {
        if (!group.shutdownGracefully(0, 200, TimeUnit.MILLISECONDS).awaitUninterruptibly(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            System.err.println("mock-ndes: the network threads did not stop within " + STOP_WAIT_MILLIS + " ms; leaving them");
        }
    }
}
