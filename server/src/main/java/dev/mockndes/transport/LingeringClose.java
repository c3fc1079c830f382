package dev.mockndes.transport;

import io.netty.channel.Channel;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import java.util.concurrent.TimeUnit;

/**
 * Closing after an answer the way web servers do: stop sending (FIN), keep reading and dropping what
 * the client still sends, and close when it closes, or after {@value #LINGER_SECONDS} s at most.
 * Closing at once while the client's body is still arriving (a body over the limit, say) makes the
 * kernel reset the connection, and the client loses the answer it was sent. TLS connections close
 * at once, with TLS's own close_notify.
 */
final class LingeringClose {
    static final int LINGER_SECONDS = 2;

    private LingeringClose() {
    }

    static void close(Channel channel) {
        if (!(channel instanceof DuplexChannel duplex) || channel.pipeline().get(SslHandler.class) != null || !channel.isActive()) {
            channel.close();
            return;
        }
        duplex.shutdownOutput().addListener(shut -> {
            if (!shut.isSuccess()) {
                channel.close();
                return;
            }
            channel.eventLoop().schedule(() -> {
                channel.close();
            }, LINGER_SECONDS, TimeUnit.SECONDS);
        });
    }
}
