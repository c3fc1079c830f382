package dev.mockndes.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Closes a keep-alive connection that has been idle for the {@link io.netty.handler.timeout.IdleStateHandler}'s
 * time, unless a request on it is still being answered (a slow PKIOperation, a delay or hang fault).
 */
final class IdleConnectionCloser extends ChannelDuplexHandler {
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            if (!InFlight.any(ctx.channel())) {
                ctx.close();
            }
        } else {
            super.userEventTriggered(ctx, event);
        }
    }
}
