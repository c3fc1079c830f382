package dev.mockndes.transport;

import dev.mockndes.web.WebResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;

/**
 * Writes a {@link WebResponse} with the headers a server stack puts on every answer. Safe from any thread.
 *
 * <p>Header names in IIS's case ({@code Content-Type}, {@code Server}, {@code Date}, {@code Content-Length}),
 * in IIS's order, and nothing IIS would not send. Keep-alive: the connection stays open when the request
 * asked for it (HTTP/1.1 by default, HTTP/1.0 with {@code Connection: keep-alive}) and the response does
 * not demand a close; see {@link Persistence} for the Connection header.
 */
final class ResponseWriter {
    /** The Server header of answers HTTP.sys gives itself. */
    static final String HTTP_SYS = "Microsoft-HTTPAPI/2.0";
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String SERVER = "Server";
    private static final String DATE = "Date";
    private static final String CONTENT_LENGTH = "Content-Length";
    private static final String CONNECTION = "Connection";

    private ResponseWriter() {
    }

    static ChannelFuture write(ChannelHandlerContext ctx, Persistence keepAlive, String server, WebResponse response) {
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()),
                Unpooled.wrappedBuffer(response.body()));
        boolean open = fillHeaders(http.headers(), keepAlive, server, response);
        ChannelFuture written = ctx.writeAndFlush(http);
        if (!open) {
            written.addListener(done -> LingeringClose.close(ctx.channel()));
        }
        return written;
    }

    /** Sets the standard and the response's headers; returns whether the connection stays open. */
    static boolean fillHeaders(io.netty.handler.codec.http.HttpHeaders headers, Persistence keepAlive, String server,
                               WebResponse response) {
        if (response.contentType() != null) {
            headers.set(CONTENT_TYPE, response.contentType());
        }
        headers.set(SERVER, server);
        for (Map.Entry<String, String> header : response.headers()) {
            if (header.getKey().equalsIgnoreCase(SERVER)) {
                // A response that names its own server (a replayed profile) replaces the site's; an empty name sends none.
                headers.remove(SERVER);
                if (!header.getValue().isEmpty()) {
                    headers.add(SERVER, header.getValue());
                }
            } else {
                headers.add(header.getKey(), header.getValue());
            }
        }
        headers.set(DATE, HttpDate.now());
        if (!headers.contains(CONTENT_LENGTH)) {
            headers.setInt(CONTENT_LENGTH, response.body().length);
        }
        boolean open = keepAlive.keepsOpen() && !response.close();
        if (!open) {
            headers.set(CONNECTION, "close");
        } else if (keepAlive == Persistence.KEEP_ANNOUNCED) {
            headers.set(CONNECTION, "keep-alive");
        }
        return open;
    }
}
