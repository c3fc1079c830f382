package dev.mockndes.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.TooLongHttpContentException;

/**
 * The body aggregator, with IIS's answer to a body over the limit instead of Netty's bare 413: the
 * request's head goes on to {@link WebHttpHandler} with an empty body and a
 * {@link TooLongHttpContentException} as its decoder result, which request filtering answers
 * (404.13, in the IIS log). The rest of the body is never read; the connection closes after the answer.
 */
final class RequestFilteringAggregator extends HttpObjectAggregator {

    RequestFilteringAggregator(int maxContentLength) {
        super(maxContentLength);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
        if (!(oversized instanceof HttpRequest request)) {
            super.handleOversizedMessage(ctx, oversized);
            return;
        }
        FullHttpRequest head = new DefaultFullHttpRequest(request.protocolVersion(), request.method(), request.uri(),
                Unpooled.EMPTY_BUFFER);
        head.headers().set(request.headers());
        head.setDecoderResult(DecoderResult.failure(new TooLongHttpContentException("body over " + maxContentLength() + " bytes")));
        ctx.fireChannelRead(head);
    }
}
