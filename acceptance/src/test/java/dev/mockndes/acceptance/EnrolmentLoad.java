package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.store.CertificateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.cert.X509CertificateHolder;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;

/**
 * jscep clients enrolling one device after another against a server process until it stops
 * answering (a stop, a kill) or each has done {@value #MAX_PER_CLIENT}; what each client received is
 * kept, so a test can look for it in the data folder afterwards. Bounded in count and time.
 */
final class EnrolmentLoad implements AutoCloseable {
    static final int MAX_PER_CLIENT = 60;

    private final Map<BigInteger, byte[]> received = new ConcurrentHashMap<>();
    private final AtomicInteger cutOff = new AtomicInteger();
    private final CountDownLatch firsts;
    private final ExecutorService clients;
    private final List<Future<?>> loops = new ArrayList<>();

    /** Starts {@code clients} loops; {@link #awaitReceived} waits for the first {@code firsts} certificates. */
    EnrolmentLoad(String scepUrl, String caSha256, String challenge, int clients, int firsts, String prefix) {
        this.firsts = new CountDownLatch(firsts);
        this.clients = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            loops.add(this.clients.submit(() -> enrol(scepUrl, caSha256, challenge, prefix + "-" + client)));
        }
    }

    private void enrol(String scepUrl, String caSha256, String challenge, String name) {
        Client jscep = JscepClients.forUrl(scepUrl, caSha256);
        for (int i = 0; i < MAX_PER_CLIENT; i++) {
            DeviceIdentity device = DeviceIdentity.create(name + "-" + i, Optional.of(challenge), 1024);
            try {
                EnrollmentResponse response = jscep.enrol(device.identity(), device.keys().getPrivate(), device.csr());
                assertThat(response.isSuccess()).isTrue();
                X509Certificate issued = JscepEnrolmentTest.issuedTo(response, device);
                received.put(issued.getSerialNumber(), issued.getEncoded());
                firsts.countDown();
            } catch (Exception e) {
                cutOff.incrementAndGet();
                return; // refused (503), or cut off by the stop or the kill
            }
        }
    }

    /** Waits until the first certificates have been received (at most five minutes). */
    boolean awaitReceived() throws InterruptedException {
        return firsts.await(5, TimeUnit.MINUTES);
    }

    /** Waits for every loop to end (the server is gone, or the loops are done). */
    void awaitEnd() throws Exception {
        for (Future<?> loop : loops) {
            loop.get(2, TimeUnit.MINUTES);
        }
    }

    Map<BigInteger, byte[]> received() {
        return received;
    }

    /** Requests that got no certificate: refused, or in flight when the server went. */
    int cutOff() {
        return cutOff.get();
    }

    /** Every certificate a client received is in {@code store}, byte for byte. */
    void assertAllKeptIn(CertificateStore store) {
        assertThat(store.count()).isGreaterThanOrEqualTo(received.size());
        received.forEach((serial, der) -> {
            Optional<X509CertificateHolder> kept = store.find(serial);
            assertThat(kept).as("certificate %s, received by a client", serial.toString(16)).isPresent();
            try {
                assertThat(kept.get().getEncoded()).isEqualTo(der);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}
