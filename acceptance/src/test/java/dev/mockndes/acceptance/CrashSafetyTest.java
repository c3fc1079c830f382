package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.store.StorageSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.store.DataStores;
import dev.mockndes.support.ServerProcess;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a load: every certificate a client received is still in the
 * journal, byte for byte, and the killed server's data folder starts again as the same CA.
 */
class CrashSafetyTest {
    private static final int CLIENTS = 8;
    private static final int KILL_AFTER = 16;
    private static final int MAX_PER_CLIENT = 60;

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidLoadKeepsEveryCertificateAClientReceived() throws Exception {
        Path data = dir.resolve("data");
        Map<BigInteger, byte[]> received = new ConcurrentHashMap<>();
        AtomicInteger failedInFlight = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        String sha256;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ServerProcess server = ServerProcess.serve("--data-dir", data.toString(), "--challenge", "s3cret");
            sha256 = server.caSha256();
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                loops.add(clients.submit(() -> enrolUntilTheServerDies(server.scepUrl(), sha256, client, received, enough,
                        failedInFlight)));
            }
            assertThat(enough.await(5, TimeUnit.MINUTES)).as("%d certificates received before the kill", KILL_AFTER).isTrue();
            server.kill();
            for (Future<?> loop : loops) {
                loop.get(2, TimeUnit.MINUTES);
            }
            server.close();
        } finally {
            clients.shutdownNow();
        }
        assertThat(received).as("certificates received (%d requests were cut off by the kill)", failedInFlight.get())
                .hasSizeGreaterThanOrEqualTo(KILL_AFTER);

        try (ServerProcess restarted = ServerProcess.serve("--data-dir", data.toString())) {
            assertThat(restarted.caSha256()).isEqualTo(sha256);
        }
        try (DataStores stores = DataStores.open(StorageSettings.in(data), PkiSettings.defaults(), Clock.systemUTC(), w -> { })) {
            assertThat(stores.certificates().count()).isGreaterThanOrEqualTo(received.size());
            received.forEach((serial, der) -> {
                Optional<X509CertificateHolder> kept = stores.certificates().find(serial);
                assertThat(kept).as("certificate %s, received by a client", serial.toString(16)).isPresent();
                assertThat(encoded(kept.get())).isEqualTo(der);
            });
        }
    }

    /** One device after another until the server stops answering (or the loop bound is reached). */
    private static void enrolUntilTheServerDies(String url, String sha256, int client, Map<BigInteger, byte[]> received,
                                                CountDownLatch enough, AtomicInteger failedInFlight) {
        Client jscep = JscepClients.forUrl(url, sha256);
        for (int i = 0; i < MAX_PER_CLIENT; i++) {
            DeviceIdentity device = DeviceIdentity.create("crash-" + client + "-" + i, Optional.of("s3cret"), 1024);
            try {
                EnrollmentResponse response = jscep.enrol(device.identity(), device.keys().getPrivate(), device.csr());
                assertThat(response.isSuccess()).isTrue();
                X509Certificate issued = JscepEnrolmentTest.issuedTo(response, device);
                received.put(issued.getSerialNumber(), issued.getEncoded());
                enough.countDown();
            } catch (Exception e) {
                failedInFlight.incrementAndGet();
                return; // the server is gone
            }
        }
    }

    private static byte[] encoded(X509CertificateHolder holder) {
        try {
            return holder.getEncoded();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
