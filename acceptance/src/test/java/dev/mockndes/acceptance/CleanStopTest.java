package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.store.DataStores;
import dev.mockndes.store.StorageSettings;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM in the middle of a load, the counterpart of {@link CrashSafetyTest}: the server stops by
 * itself within its 2 s budget, every certificate a client received is in the data folder byte for
 * byte, and the folder opens again without a single repair.
 */
class CleanStopTest {
    private static final int CLIENTS = 8;
    private static final int STOP_AFTER = 16;
    private static final int MAX_PER_CLIENT = 60;
    private static final Pattern STOPPED = Pattern.compile("mock-ndes: stopped in (\\d+) ms");

    @TempDir
    Path dir;

    @Test
    void sigtermMidLoadStopsWithinTwoSecondsAndKeepsTheDataFolderConsistent() throws Exception {
        Path data = dir.resolve("data");
        Map<BigInteger, byte[]> received = new ConcurrentHashMap<>();
        CountDownLatch enough = new CountDownLatch(STOP_AFTER);
        List<String> output;
        String sha256;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ServerProcess server = ServerProcess.serve("--data-dir", data.toString(), "--challenge", "s3cret");
            sha256 = server.caSha256();
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                loops.add(clients.submit(() -> enrolUntilTheServerStops(server.scepUrl(), sha256, client, received, enough)));
            }
            assertThat(enough.await(5, TimeUnit.MINUTES)).as("%d certificates received before SIGTERM", STOP_AFTER).isTrue();
            output = server.terminate();
            for (Future<?> loop : loops) {
                loop.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }

        Matcher stopped = output.stream().map(STOPPED::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError("no 'stopped in' line in " + output));
        assertThat(Long.parseLong(stopped.group(1))).as("milliseconds from SIGTERM to a closed data folder").isLessThan(2000);
        List<String> repairs = new ArrayList<>();
        try (DataStores stores = DataStores.open(StorageSettings.in(data), PkiSettings.defaults(), Clock.systemUTC(), repairs::add)) {
            assertThat(stores.certificates().count()).isGreaterThanOrEqualTo(received.size());
            received.forEach((serial, der) -> {
                Optional<X509CertificateHolder> kept = stores.certificates().find(serial);
                assertThat(kept).as("certificate %s, received by a client", serial.toString(16)).isPresent();
                assertThat(encoded(kept.get())).isEqualTo(der);
            });
        }
        assertThat(repairs).as("repairs needed after a clean stop").isEmpty();
        try (ServerProcess restarted = ServerProcess.serve("--data-dir", data.toString())) {
            assertThat(restarted.caSha256()).isEqualTo(sha256);
        }
    }

    /** One device after another until the server refuses or stops answering. */
    private static void enrolUntilTheServerStops(String url, String sha256, int client, Map<BigInteger, byte[]> received,
                                                 CountDownLatch enough) {
        Client jscep = JscepClients.forUrl(url, sha256);
        for (int i = 0; i < MAX_PER_CLIENT; i++) {
            DeviceIdentity device = DeviceIdentity.create("stop-" + client + "-" + i, Optional.of("s3cret"), 1024);
            try {
                EnrollmentResponse response = jscep.enrol(device.identity(), device.keys().getPrivate(), device.csr());
                assertThat(response.isSuccess()).isTrue();
                X509Certificate issued = JscepEnrolmentTest.issuedTo(response, device);
                received.put(issued.getSerialNumber(), issued.getEncoded());
                enough.countDown();
            } catch (Exception e) {
                return; // refused (503) or cut off by the stop
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
