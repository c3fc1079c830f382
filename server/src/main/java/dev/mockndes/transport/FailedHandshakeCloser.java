package dev.mockndes.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import javax.net.ssl.SSLHandshakeException;

/**
 * Sits after {@link NotTlsCloser}: a handshake that failed (the client refused the certificate, or
 * no protocol was left, as under a {@code tls-handshake} scenario) closes the connection with one
 * line in plain words on stderr. Other failures go on down the pipeline.
 */
final class FailedHandshakeCloser extends ChannelInboundHandlerAdapter {
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException) {
                System.err.println("mock-ndes: TLS handshake with " + ctx.channel().remoteAddress() + " failed: "
                        + (t.getMessage() == null ? "no reason given" : t.getMessage()));
                ctx.close();
                return;
            }
        }
        ctx.fireExceptionCaught(cause);
    }
}
