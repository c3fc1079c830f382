package dev.mockndes.transport;

import dev.mockndes.web.WebResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** Writes a response whose headers arrive at once and whose body trickles out in slices, at most ten a second. */
final class SlowWriter {
    private static final int SLICES_PER_SECOND = 10;

    private SlowWriter() {
    }

    static void write(ChannelHandlerContext ctx, Persistence keepAlive, String server, WebResponse response, int bytesPerSecond) {
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()));
        boolean open = ResponseWriter.fillHeaders(head.headers(), keepAlive, server, response);
        ctx.writeAndFlush(head);
        int slice = Math.max(1, bytesPerSecond / SLICES_PER_SECOND);
        long pauseMillis = Math.max(1000 / SLICES_PER_SECOND, 1000L * slice / bytesPerSecond);
        next(ctx, response.body(), 0, slice, pauseMillis, open);
    }

    private static void next(ChannelHandlerContext ctx, byte[] body, int offset, int slice, long pauseMillis, boolean open) {
        if (!ctx.channel().isActive()) {
            return;
        }
        int end = Math.min(body.length, offset + slice);
        var piece = Unpooled.wrappedBuffer(Arrays.copyOfRange(body, offset, end));
        if (end == body.length) {
            var written = ctx.writeAndFlush(new DefaultLastHttpContent(piece));
            written.addListener(done -> InFlight.finished(ctx.channel()));
            if (!open) {
                written.addListener(ChannelFutureListener.CLOSE);
            }
            return;
        }
        ctx.writeAndFlush(new DefaultHttpContent(piece));
        ctx.executor().schedule(() -> next(ctx, body, end, slice, pauseMillis, open), pauseMillis, TimeUnit.MILLISECONDS);
    }
}
