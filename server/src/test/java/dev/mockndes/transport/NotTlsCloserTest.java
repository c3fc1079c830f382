package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NotTlsCloserTest {
    @Test
    void aClientThatDoesNotSpeakTlsIsDisconnected() {
        EmbeddedChannel channel = new EmbeddedChannel(new NotTlsCloser());

        channel.pipeline().fireExceptionCaught(new DecoderException(new NotSslRecordException("not an SSL/TLS record: 474554")));

        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void otherFailuresGoOnDownThePipeline() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        EmbeddedChannel channel = new EmbeddedChannel(new NotTlsCloser(), new io.netty.channel.ChannelInboundHandlerAdapter() {
            @Override
            public void exceptionCaught(io.netty.channel.ChannelHandlerContext ctx, Throwable cause) {
                seen.set(cause);
            }
        });
        IllegalStateException other = new IllegalStateException("something else");

        channel.pipeline().fireExceptionCaught(other);

        assertThat(seen.get()).isSameAs(other);
        assertThat(channel.isOpen()).isTrue();
    }
}
