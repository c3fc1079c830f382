package dev.mockndes.harness.load;

import dev.mockndes.harness.device.DeviceHttp;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.DeviceStop;
import dev.mockndes.harness.device.JscepTransports;
import java.net.URL;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.client.verification.MessageDigestCertificateVerifier;
import org.jscep.client.verification.OptimisticCertificateVerifier;

/**
 * Enrols with jscep clients as devices do, {@code concurrency} at a time: each attempt is the whole
 * device sequence (GetCACaps, GetCACert, PKIOperation). Device keys and CSRs are made before the
 * clock starts. Failures are classified in the device outcome vocabulary.
 */
public final class LoadRun {
    private final LoadPlan plan;

    public LoadRun(LoadPlan plan) {
        this.plan = plan;
    }

    public LoadReport run() throws InterruptedException {
        return run(Phases.none());
    }

    /** Two phases, each shown with its own count and time: preparing the device keys (on every core), then enrolling. */
    public LoadReport run(Phases phases) throws InterruptedException {
        List<DeviceIdentity> devices;
        try (Progress keys = phases.begin("preparing keys", "devices", plan.devices(), 0)) {
            devices = IntStream.range(0, plan.devices()).parallel().mapToObj(i -> {
                DeviceIdentity device = DeviceIdentity.create("load-device-" + i, plan.challenge(), plan.keyBits());
                keys.counter().incrementAndGet();
                return device;
            }).toList();
        }
        try (Progress enrolling = phases.begin("enrolling", "enrolments", plan.count() == null ? -1 : plan.count(),
                plan.duration() == null ? 0 : plan.duration().toNanos())) {
            return enrol(devices, enrolling.counter());
        }
    }

    private LoadReport enrol(List<DeviceIdentity> devices, AtomicLong progress) throws InterruptedException {
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(plan.concurrency());
        List<Future<long[]>> workers = new ArrayList<>();
        long start = System.nanoTime();
        Budget budget = Budget.of(plan.count(), plan.duration());
        for (int w = 0; w < plan.concurrency(); w++) {
            workers.add(pool.submit(() -> enrolUntilDone(devices, budget, failures, progress)));
        }
        List<long[]> latencies = new ArrayList<>();
        try {
            for (Future<long[]> worker : workers) {
                latencies.add(worker.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a load worker crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        return new LoadReport("enrol", plan.concurrency(), wall, latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray(),
                Map.copyOf(failures));
    }

    private long[] enrolUntilDone(List<DeviceIdentity> devices, Budget budget, Map<String, Integer> failures, AtomicLong progress)
            throws Exception {
        JscepTransports transports = new JscepTransports(new DeviceHttp("scep-harness-load (jscep)", plan.timeout()), line -> { });
        Client client = new Client(new URL(plan.url().toString()), plan.caSha256().isEmpty() ? new OptimisticCertificateVerifier()
                : new MessageDigestCertificateVerifier(MessageDigest.getInstance("SHA-256"), HexFormat.of().parseHex(plan.caSha256().get())));
        client.setTransportFactory(transports);
        Latencies latencies = new Latencies();
        for (long n = budget.next(); n >= 0; n = budget.next()) {
            DeviceIdentity device = devices.get((int) (n % devices.size()));
            long started = System.nanoTime();
            try {
                EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr(), "ca");
                if (response.isSuccess()) {
                    latencies.add(System.nanoTime() - started);
                } else {
                    failures.merge(response.isPending() ? "pending" : "scep-failure " + response.getFailInfo(), 1, Integer::sum);
                }
            } catch (Exception e) {
                DeviceStop stop = transports.lastFailure();
                failures.merge(stop != null ? stop.outcome().wire() : "invalid-response", 1, Integer::sum);
            }
            progress.incrementAndGet();
        }
        return latencies.toArray();
    }
}
