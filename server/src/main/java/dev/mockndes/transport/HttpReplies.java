package dev.mockndes.transport;

import dev.mockndes.ndes.IisErrorPage;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Writes responses with the headers IIS puts on every answer. Safe to call from any thread.
 *
 * <p>Keep-alive: the connection stays open when the request asked for it (HTTP/1.1 by default,
 * HTTP/1.0 with {@code Connection: keep-alive}) and is closed after the response otherwise.
 */
final class HttpReplies {
    static final String SERVER = "Microsoft-IIS/10.0";

    private HttpReplies() {
    }

    static void send(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, String contentType, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        var headers = response.headers();
        if (contentType != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        headers.set(HttpHeaderNames.SERVER, SERVER);
        headers.set("X-Powered-By", "ASP.NET");
        headers.set(HttpHeaderNames.DATE, DateFormatter.format(new Date()));
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers.set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    static void page(ChannelHandlerContext ctx, boolean keepAlive, IisErrorPage page) {
        send(ctx, keepAlive, HttpResponseStatus.valueOf(page.status()), IisErrorPage.CONTENT_TYPE, page.html());
    }

    /** A one-line plain-text reason, for requests the server refuses to interpret. */
    static void refuse(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, String reason) {
        send(ctx, keepAlive, status, "text/plain", (reason + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
