package dev.mockndes.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.NotSslRecordException;

/**
 * Sits right after the SslHandler: a client that does not speak TLS (plain HTTP to the HTTPS port)
 * is disconnected with one short line on stderr, instead of the decoder's hex dump of whatever it sent.
 * Other failures go on down the pipeline.
 */
final class NotTlsCloser extends ChannelInboundHandlerAdapter {
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof NotSslRecordException || cause.getCause() instanceof NotSslRecordException) {
            System.err.println("mock-ndes: closing a connection from " + ctx.channel().remoteAddress() + " that does not speak TLS");
            ctx.close();
            return;
        }
        ctx.fireExceptionCaught(cause);
    }
}
