package dev.mockndes.transport;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.util.Locale;

/**
 * How the listeners reach the sockets: Linux's epoll through Netty's native transport when it loads
 * (it reads and writes with fewer copies and locks than Java's NIO, which is most of a cheap
 * request's cost), Java's NIO otherwise (macOS, Windows, a libc the native library does not fit).
 * The system property {@value #PROPERTY} set to {@code nio} forces NIO; both behave the same on the
 * wire, faults included.
 */
enum NetworkIo {
    EPOLL {
        @Override
        IoHandlerFactory handlers() {
            return EpollIoHandler.newFactory();
        }

        @Override
        Class<? extends ServerChannel> serverChannel() {
            return EpollServerSocketChannel.class;
        }
    },
    NIO {
        @Override
        IoHandlerFactory handlers() {
            return NioIoHandler.newFactory();
        }

        @Override
        Class<? extends ServerChannel> serverChannel() {
            return NioServerSocketChannel.class;
        }
    };

    static final String PROPERTY = "mockndes.io";

    abstract IoHandlerFactory handlers();

    abstract Class<? extends ServerChannel> serverChannel();

    /** Epoll when it is available and not turned off by {@value #PROPERTY}{@code =nio}; NIO otherwise. */
    static NetworkIo chosen() {
        boolean nioAsked = "nio".equals(System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT));
        return !nioAsked && Epoll.isAvailable() ? EPOLL : NIO;
    }
}
