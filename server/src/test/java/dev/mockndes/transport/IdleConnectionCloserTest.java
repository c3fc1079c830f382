package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import org.junit.jupiter.api.Test;

/** The idle timeout closes quiet keep-alive connections, but never one whose request is still being answered. */
class IdleConnectionCloserTest {

    @Test
    void closesAnIdleConnectionWithNothingInFlight() {
        EmbeddedChannel channel = new EmbeddedChannel(new IdleConnectionCloser());
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void sparesAConnectionWhoseRequestIsStillBeingAnswered() {
        EmbeddedChannel channel = new EmbeddedChannel(new IdleConnectionCloser());
        InFlight.started(channel);
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        assertThat(channel.isOpen()).isTrue();

        InFlight.finished(channel);
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        assertThat(channel.isOpen()).isFalse();
    }
}
