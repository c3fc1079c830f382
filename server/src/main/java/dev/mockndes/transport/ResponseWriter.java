package dev.mockndes.transport;

import dev.mockndes.web.WebResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Date;
import java.util.Map;

/**
 * Writes a {@link WebResponse} with the headers a server stack puts on every answer. Safe from any thread.
 *
 * <p>Keep-alive: the connection stays open when the request asked for it (HTTP/1.1 by default,
 * HTTP/1.0 with {@code Connection: keep-alive}) and the response does not demand a close.
 */
final class ResponseWriter {
    /** The Server header of answers HTTP.sys gives itself. */
    static final String HTTP_SYS = "Microsoft-HTTPAPI/2.0";

    private ResponseWriter() {
    }

    static ChannelFuture write(ChannelHandlerContext ctx, boolean keepAlive, String server, WebResponse response) {
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()),
                Unpooled.wrappedBuffer(response.body()));
        boolean open = fillHeaders(http.headers(), keepAlive, server, response);
        ChannelFuture written = ctx.writeAndFlush(http);
        if (!open) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
        return written;
    }

    /** Sets the standard and the response's headers; returns whether the connection stays open. */
    static boolean fillHeaders(io.netty.handler.codec.http.HttpHeaders headers, boolean keepAlive, String server,
                               WebResponse response) {
        if (response.contentType() != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
        }
        headers.set(HttpHeaderNames.SERVER, server);
        for (Map.Entry<String, String> header : response.headers()) {
            headers.add(header.getKey(), header.getValue());
        }
        headers.set(HttpHeaderNames.DATE, DateFormatter.format(new Date()));
        if (!headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        }
        boolean open = keepAlive && !response.close();
        headers.set(HttpHeaderNames.CONNECTION, open ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        return open;
    }
}
