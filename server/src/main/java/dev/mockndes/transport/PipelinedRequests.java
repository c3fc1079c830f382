package dev.mockndes.transport;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.util.AttributeKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Requests a client pipelined behind one still being answered. IIS answers the requests of one
 * connection in the order they came, so a fast GetCACaps sent after a PKIOperation waits for the
 * PKIOperation's answer: each waiting request is held here (retained) and handled when the
 * connection has nothing in flight any more. Released when the connection closes. Event loop only.
 */
final class PipelinedRequests {
    private static final AttributeKey<PipelinedRequests> QUEUE = AttributeKey.valueOf("mock-ndes.pipelined");

    private record Waiting(FullHttpRequest request, Consumer<FullHttpRequest> handler) {
    }

    private final Deque<Waiting> waiting = new ArrayDeque<>();

    private PipelinedRequests() {
    }

    /**
     * Holds {@code request} when another request of the connection is still in flight.
     *
     * @return whether it was held; {@code handler} then gets it later, and releases nothing itself
     */
    static boolean holdIfBusy(Channel channel, FullHttpRequest request, Consumer<FullHttpRequest> handler) {
        PipelinedRequests queue = channel.attr(QUEUE).get();
        if (!InFlight.any(channel) && (queue == null || queue.waiting.isEmpty())) {
            return false;
        }
        if (queue == null) {
            queue = new PipelinedRequests();
            channel.attr(QUEUE).set(queue);
            PipelinedRequests created = queue;
            channel.closeFuture().addListener(closed -> channel.eventLoop().execute(created::releaseAll));
        }
        queue.waiting.add(new Waiting(request.retain(), handler));
        return true;
    }

    /** Called when the connection's last request in flight is answered: hands the next waiting one over. */
    static void next(Channel channel) {
        PipelinedRequests queue = channel.attr(QUEUE).get();
        if (queue == null) {
            return;
        }
        channel.eventLoop().execute(() -> {
            if (InFlight.any(channel) || !channel.isActive()) {
                return;
            }
            Waiting next = queue.waiting.poll();
            if (next != null) {
                try {
                    next.handler().accept(next.request());
                } finally {
                    next.request().release();
                }
            }
        });
    }

    private void releaseAll() {
        for (Waiting held = waiting.poll(); held != null; held = waiting.poll()) {
            held.request().release();
        }
    }
}
