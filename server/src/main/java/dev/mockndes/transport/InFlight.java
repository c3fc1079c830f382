package dev.mockndes.transport;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.concurrent.atomic.AtomicInteger;

/** How many requests on a connection are still waiting for their response; the idle timer spares such connections. */
final class InFlight {
    private static final AttributeKey<AtomicInteger> COUNT = AttributeKey.valueOf("mock-ndes.in-flight");

    private InFlight() {
    }

    static void started(Channel channel) {
        count(channel).incrementAndGet();
    }

    /** The response is out (or will never be); a request pipelined behind it may now be handled. */
    static void finished(Channel channel) {
        if (count(channel).updateAndGet(n -> Math.max(0, n - 1)) == 0) {
            PipelinedRequests.next(channel);
        }
    }

    static boolean any(Channel channel) {
        return count(channel).get() > 0;
    }

    private static AtomicInteger count(Channel channel) {
        AtomicInteger count = channel.attr(COUNT).get();
        if (count == null) {
            AtomicInteger fresh = new AtomicInteger();
            count = channel.attr(COUNT).setIfAbsent(fresh);
            return count == null ? fresh : count;
        }
        return count;
    }
}
