package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailedHandshakeCloserTest {
    @Test
    void aFailedHandshakeClosesTheConnection() {
        EmbeddedChannel channel = new EmbeddedChannel(new FailedHandshakeCloser());

        channel.pipeline().fireExceptionCaught(new DecoderException(new SSLHandshakeException("Received fatal alert: certificate_unknown")));

        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void otherFailuresGoOnDownThePipeline() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        EmbeddedChannel channel = new EmbeddedChannel(new FailedHandshakeCloser(), new ChannelInboundHandlerAdapter() {
            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                seen.set(cause);
            }
        });
        IllegalStateException other = new IllegalStateException("something else");

        channel.pipeline().fireExceptionCaught(other);

        assertThat(seen.get()).isSameAs(other);
        assertThat(channel.isOpen()).isTrue();
    }
}
