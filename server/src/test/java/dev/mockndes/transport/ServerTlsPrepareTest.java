package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.fault.TlsDefect;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A switch to a {@code tls-handshake} scenario builds the defect's certificates on the handshake
 * executor (the workers), before a connection needs them, never on the event loop that opens it.
 */
class ServerTlsPrepareTest {
    @Test
    void aDefectsContextIsBuiltOnTheHandshakeExecutorAheadOfTheFirstConnectionAndKept() throws Exception {
        SelfSignedCertificate self = new SelfSignedCertificate("localhost");
        SslContext sound = SslContextBuilder.forServer(self.key(), self.cert()).build();
        List<String> builtOn = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newSingleThreadExecutor(task -> new Thread(task, "worker-under-test"));
        try {
            ServerTls tls = new ServerTls(sound, List.of(self.cert())).withDefects(defect -> {
                builtOn.add(Thread.currentThread().getName());
                return new ServerTls(sound, List.of(self.cert()));
            }).withHandshakesOn(workers);

            tls.prepare(Optional.of(TlsDefect.EXPIRED_CERTIFICATE));
            workers.submit(() -> { }).get(); // queued after the preparation: it has run

            assertThat(builtOn).containsExactly("worker-under-test");
            assertThat(tls.contextFor(Optional.of(TlsDefect.EXPIRED_CERTIFICATE))).isSameAs(sound);
            assertThat(builtOn).as("kept, not built again for the connection").hasSize(1);

            tls.prepare(Optional.empty());
            workers.submit(() -> { }).get();
            assertThat(builtOn).as("no defect, nothing to build").hasSize(1);
        } finally {
            workers.shutdownNow();
            self.delete();
        }
    }
}
