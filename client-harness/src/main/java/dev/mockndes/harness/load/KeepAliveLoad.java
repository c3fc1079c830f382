package dev.mockndes.harness.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Pre-encoded HTTP/1.1 requests over {@code connections} keep-alive connections, driven by one
 * thread and one selector: each connection has one request in flight, and the next is written as
 * soon as the answer is complete. Cheap enough on the client that one core can far outrun a
 * server's small answers (GetCACaps) or feed its enrolments (pre-built PKIOperations). Plain HTTP
 * only; answers must carry a Content-Length (mock-ndes and IIS do).
 */
final class KeepAliveLoad {
    /** Turns an answer into null (success) or a failure kind in the outcome vocabulary. */
    interface Classifier {
        String classify(int status, byte[] body);
    }

    private final InetSocketAddress address;
    private final int connections;
    private final long timeoutNanos;

    KeepAliveLoad(InetSocketAddress address, int connections, Duration timeout) {
        this.address = address;
        this.connections = connections;
        this.timeoutNanos = timeout.toNanos();
    }

    LoadReport run(String operation, Budget budget, LongFunction<byte[]> request, Classifier classifier, AtomicLong progress)
            throws IOException {
        Map<String, Integer> failures = new HashMap<>();
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        try (Selector selector = Selector.open()) {
            List<Connection> all = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Connection c = new Connection();
                all.add(c);
                c.send(selector, budget, request, failures);
            }
            while (all.stream().anyMatch(c -> c.busy)) {
                selector.select(50);
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection c = (Connection) key.attachment();
                    try {
                        if (key.isValid() && key.isWritable()) {
                            c.channel.write(c.out);
                            if (!c.out.hasRemaining()) {
                                key.interestOps(SelectionKey.OP_READ);
                            }
                        }
                        if (key.isValid() && key.isReadable()) {
                            c.read(selector, budget, request, classifier, failures, latencies, progress);
                        }
                    } catch (IOException e) {
                        c.fail("connection-error", failures, progress);
                        c.send(selector, budget, request, failures);
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                for (Connection c : all) {
                    if (c.busy && now - c.sentAt > timeoutNanos) {
                        c.fail("timeout", failures, progress);
                        c.send(selector, budget, request, failures);
                    }
                }
            }
            all.forEach(Connection::close);
        }
        return new LoadReport(operation, connections, System.nanoTime() - start, latencies.toArray(), Map.copyOf(failures));
    }

    /** One keep-alive connection with at most one request in flight. */
    private final class Connection {
        SocketChannel channel;
        SelectionKey key;
        ByteBuffer out;
        ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        long sentAt;
        boolean busy;

        /** Writes the next request, connecting first if needed; idles the connection when the budget is spent. */
        void send(Selector selector, Budget budget, LongFunction<byte[]> request, Map<String, Integer> failures) {
            long n = budget.next();
            if (n < 0) {
                busy = false;
                close();
                return;
            }
            try {
                if (channel == null) {
                    channel = SocketChannel.open();
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    channel.connect(address);
                    channel.configureBlocking(false);
                    key = channel.register(selector, SelectionKey.OP_READ, this);
                }
                out = ByteBuffer.wrap(request.apply(n));
                sentAt = System.nanoTime();
                busy = true;
                channel.write(out);
                key.interestOps(out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            } catch (IOException e) {
                failures.merge("connection-error", 1, Integer::sum);
                busy = false;
                close();
                // the attempt is spent; try the next one on a fresh connection unless the server is gone
                if (!(e instanceof java.net.ConnectException)) {
                    send(selector, budget, request, failures);
                }
            }
        }

        void read(Selector selector, Budget budget, LongFunction<byte[]> request, Classifier classifier, Map<String, Integer> failures,
                  Latencies latencies, AtomicLong progress) throws IOException {
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
            if (channel.read(in) < 0) {
                throw new IOException("closed by the server");
            }
            int headerEnd = indexOf(in, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (headerEnd < 0) {
                return;
            }
            String head = new String(in.array(), 0, headerEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            int at = lower.indexOf("\r\ncontent-length:");
            if (at < 0) {
                throw new IOException("an answer without Content-Length");
            }
            int end = lower.indexOf("\r\n", at + 2);
            int length = Integer.parseInt(head.substring(at + 17, end < 0 ? head.length() : end).trim());
            int total = headerEnd + 4 + length;
            if (in.position() < total) {
                return;
            }
            byte[] body = java.util.Arrays.copyOfRange(in.array(), headerEnd + 4, total);
            String failure = classifier.classify(status, body);
            if (failure == null) {
                latencies.add(System.nanoTime() - sentAt);
                progress.incrementAndGet();
            } else {
                failures.merge(failure, 1, Integer::sum);
                progress.incrementAndGet();
            }
            in.flip();
            in.position(total);
            in.compact();
            if (lower.contains("\r\nconnection: close")) {
                close();
            }
            send(selector, budget, request, failures);
        }

        void fail(String kind, Map<String, Integer> failures, AtomicLong progress) {
            failures.merge(kind, 1, Integer::sum);
            progress.incrementAndGet();
            busy = false;
            close();
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing a dead connection: nothing to report
                }
            }
            channel = null;
            key = null;
            in.clear();
        }

        private static int indexOf(ByteBuffer buffer, byte[] pattern) {
            byte[] array = buffer.array();
            for (int i = 0; i + pattern.length <= buffer.position(); i++) {
                int j = 0;
                while (j < pattern.length && array[i + j] == pattern[j]) {
                    j++;
                }
                if (j == pattern.length) {
                    return i;
                }
            }
            return -1;
        }
    }
}
