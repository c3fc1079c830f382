package dev.mockndes.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/** The network threads all listeners share. Closing stops them, waiting a few seconds at most. */
public final class EventLoops implements AutoCloseable {
    /** Part of the stop budget (see MockNdes#close); the loop threads are daemons, so leaving them never holds the process. */
    private static final int STOP_WAIT_MILLIS = 500;

    final EventLoopGroup group;

    private EventLoops(EventLoopGroup group) {
        this.group = group;
    }

    public static EventLoops create(int threads) {
        return new EventLoops(new MultiThreadIoEventLoopGroup(Math.max(1, threads), new DefaultThreadFactory("http-io", true),
                NioIoHandler.newFactory()));
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
