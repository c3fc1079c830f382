package dev.mockndes.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/** Answers requests the HTTP decoder could not read, then closes the connection (its framing is lost). */
final class MalformedHttp {
    private MalformedHttp() {
    }

    static void reply(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            HttpReplies.refuse(ctx, false, HttpResponseStatus.REQUEST_URI_TOO_LONG, "request line longer than the server accepts");
        } else if (cause instanceof TooLongHttpHeaderException) {
            HttpReplies.refuse(ctx, false, HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request headers larger than the server accepts");
        } else {
            String reason = cause == null || cause.getMessage() == null ? "unreadable request" : cause.getMessage();
            HttpReplies.refuse(ctx, false, HttpResponseStatus.BAD_REQUEST, "malformed HTTP request: " + reason.replaceAll("\\s+", " "));
        }
    }
}
