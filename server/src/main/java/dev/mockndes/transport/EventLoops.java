package dev.mockndes.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/** The network threads all listeners share. */
public final class EventLoops {
    private EventLoops() {
    }

    public static EventLoopGroup create(int threads) {
        return new MultiThreadIoEventLoopGroup(Math.max(1, threads), new DefaultThreadFactory("http-io", true),
                NioIoHandler.newFactory());
    }

    public static void shutdown(EventLoopGroup loops) {
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
