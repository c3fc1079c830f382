package dev.mockndes.transport;

import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AttributeKey;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Adapts Netty to a {@link WebApplication}: one request in, the observer told, one response out.
 * Stateless and shared by all connections; per-connection state lives in a channel attribute.
 */
@ChannelHandler.Sharable
final class WebHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final AttributeKey<ConnectionState> STATE = AttributeKey.valueOf("mock-ndes.connection");

    private final WebApplication application;
    private final ExchangeObserver observer;
    private final String serverHeader;

    WebHttpHandler(WebApplication application, ExchangeObserver observer, String serverHeader) {
        this.application = application;
        this.observer = observer;
        this.serverHeader = serverHeader;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        InetSocketAddress client = (InetSocketAddress) ctx.channel().remoteAddress();
        InetSocketAddress server = (InetSocketAddress) ctx.channel().localAddress();
        if (!request.decoderResult().isSuccess()) {
            MalformedHttp.Refusal refusal = MalformedHttp.of(request.decoderResult().cause());
            // The decoder keeps no trace of what it could not parse, so method and URI are unknown.
            observer.refused(client, server, null, null, refusal.response().status(), refusal.httpErrReason());
            ResponseWriter.write(ctx, false, "Microsoft-HTTPAPI/2.0", refusal.response());
            return;
        }
        WebRequest web = toWebRequest(ctx, request, client, server);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        long started = System.nanoTime();
        application.handle(web).whenComplete((response, failure) -> {
            WebResponse answer = failure == null ? response : internalError(failure);
            // Logged before the write, so a client holding the response can already find its log line.
            observer.served(web, answer, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            ResponseWriter.write(ctx, keepAlive, serverHeader, answer);
        });
    }

    private static WebRequest toWebRequest(ChannelHandlerContext ctx, FullHttpRequest request, InetSocketAddress client,
                                           InetSocketAddress server) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        ConnectionState state = ctx.channel().attr(STATE).setIfAbsent(new ConnectionState());
        if (state == null) {
            state = ctx.channel().attr(STATE).get();
        }
        return new WebRequest(request.method().name(), question < 0 ? uri : uri.substring(0, question),
                question < 0 ? "" : uri.substring(question + 1), headers, ByteBufUtil.getBytes(request.content()),
                client, server, request.protocolVersion().text(), state);
    }

    private static WebResponse internalError(Throwable failure) {
        System.err.println("mock-ndes: request failed: " + failure);
        return WebResponse.refuse(500, "internal error: " + failure.getMessage()).closingConnection();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        System.err.println("mock-ndes: closing connection after " + cause);
        ctx.close();
    }
}
