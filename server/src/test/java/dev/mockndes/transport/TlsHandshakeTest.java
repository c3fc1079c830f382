package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.ndes.ScepOverrides;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.Credential;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.TlsServerCertificates;
import dev.mockndes.support.TrustingSsl;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.web.WebResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The TLS handshake's expensive steps run on the executor the listener is given, not on its event loop. */
class TlsHandshakeTest {

    @Test
    void theHandshakesDelegatedTasksRunOnTheGivenExecutor() throws Exception {
        Pki pki = Pki.ephemeral(PkiSettings.defaults(), Clock.systemUTC());
        Credential server = TlsServerCertificates.issue(pki.ca().credential(), List.of("localhost", "127.0.0.1"), 2048,
                Clock.systemUTC());
        X509Certificate ca = Certificates.toX509(pki.ca().certificate());
        ServerTls tls = TlsContexts.of(server.privateKey(), List.of(server.certificate(), ca));
        AtomicInteger tasks = new AtomicInteger();
        Set<String> eventLoopThreads = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> new Thread(task, "handshake-worker"));
        try (EventLoops loops = EventLoops.create(1)) {
            HttpListener listener = HttpListener.bind(loops, "127.0.0.1", 0, request -> {
                eventLoopThreads.add(Thread.currentThread().getName());
                return CompletableFuture.completedFuture(WebResponse.ok("text/plain", "ok".getBytes()));
            }, ExchangeObserver.IGNORE, "test", FaultPolicy.NONE, ScepOverrides.NONE, new RequestJournal(1),
                    Optional.of(tls.withHandshakesOn(task -> {
                        tasks.incrementAndGet();
                        pool.execute(task);
                    })));
            try {
                HttpResponse<String> answer = HttpClient.newBuilder().sslContext(TrustingSsl.trusting(ca)).build()
                        .send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + listener.address().getPort() + "/")).build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
            } finally {
                listener.close();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tasks.get()).as("the handshake handed its key exchange and signature to the executor").isPositive();
        assertThat(eventLoopThreads).as("the request itself is still served on the event loop").noneMatch("handshake-worker"::equals);
    }
}
