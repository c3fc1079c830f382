package dev.mockndes.transport;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of every listener. Limits are generous on purpose: a PKIOperation by GET carries the
 * whole CMS message in the request line, so lines of 256 KiB are accepted (IIS's own limits are
 * a fault scenario, not the default).
 */
final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {
    static final int MAX_REQUEST_LINE = 256 * 1024;
    static final int MAX_HEADERS = 64 * 1024;
    static final int MAX_BODY = 1024 * 1024;
    /** IIS's default connection timeout. */
    static final int IDLE_SECONDS = 120;

    private final WebHttpHandler handler;

    HttpChannelInitializer(WebHttpHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        channel.pipeline()
                .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                .addLast(new IdleConnectionCloser())
                .addLast(new HttpServerCodec(new HttpDecoderConfig()
                        .setMaxInitialLineLength(MAX_REQUEST_LINE)
                        .setMaxHeaderSize(MAX_HEADERS)))
                .addLast(new HttpObjectAggregator(MAX_BODY))
                .addLast(handler);
    }
}
