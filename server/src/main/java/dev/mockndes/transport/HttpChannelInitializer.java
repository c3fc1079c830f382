package dev.mockndes.transport;

import dev.mockndes.fault.FaultPolicy;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of every listener. The codec's limits are generous on purpose: a PKIOperation by GET
 * carries the whole CMS message in the request line, so lines of 256 KiB are parsed; HTTP.sys's own,
 * smaller limits ({@link HttpSysLimits}) are applied after parsing, by {@link WebHttpHandler}. With TLS, the SslHandler comes first and the idle timeout
 * also covers a stalled handshake.
 */
final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {
    static final int MAX_REQUEST_LINE = 256 * 1024;
    static final int MAX_HEADERS = 64 * 1024;
    static final int MAX_BODY = 1024 * 1024;
    /** IIS's default connection timeout. */
    static final int IDLE_SECONDS = 120;

    private final WebHttpHandler handler;
    private final Optional<ServerTls> tls;
    private final FaultPolicy faults;

    HttpChannelInitializer(WebHttpHandler handler, Optional<ServerTls> tls, FaultPolicy faults) {
        this.handler = handler;
        this.tls = tls;
        this.faults = faults;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        tls.ifPresent(setUp -> {
            // The scenario in force when the connection opens decides its handshake.
            SslContext context = setUp.contextFor(faults.tlsDefect());
            channel.pipeline().addLast(setUp.handshakes()
                            .map(executor -> context.newHandler(channel.alloc(), executor))
                            .orElseGet(() -> context.newHandler(channel.alloc())))
                    .addLast(new NotTlsCloser())
                    .addLast(new FailedHandshakeCloser());
        });
        channel.pipeline()
                .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                .addLast(new IdleConnectionCloser())
                .addLast(new HttpServerCodec(new HttpDecoderConfig()
                        .setMaxInitialLineLength(MAX_REQUEST_LINE)
                        .setMaxHeaderSize(MAX_HEADERS)))
                .addLast(new RequestFilteringAggregator(MAX_BODY))
                .addLast(handler);
    }
}
