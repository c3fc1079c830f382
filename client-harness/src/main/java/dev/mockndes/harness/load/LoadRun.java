package dev.mockndes.harness.load;

import dev.mockndes.harness.device.DeviceIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;

/**
 * Enrols a fixed number of devices with a fixed number of concurrent jscep clients. Device keys and
 * CSRs are made before the clock starts so that the client's key generation is not measured.
 * Bounded: it stops after {@code count} attempts.
 */
public final class LoadRun {
    private final Supplier<Client> clients;
    private final int count;
    private final int concurrency;
    private final int keyBits;
    private final Optional<String> challenge;

    public LoadRun(Supplier<Client> clients, int count, int concurrency, int keyBits, Optional<String> challenge) {
        if (count < 1 || concurrency < 1) {
            throw new IllegalArgumentException("count and concurrency must be at least 1");
        }
        this.clients = clients;
        this.count = count;
        this.concurrency = concurrency;
        this.keyBits = keyBits;
        this.challenge = challenge;
    }

    public LoadReport run() throws InterruptedException {
        List<DeviceIdentity> devices = IntStream.range(0, count).parallel()
                .mapToObj(i -> DeviceIdentity.create("load-device-" + i, challenge, keyBits)).toList();
        AtomicInteger next = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> enrolUntilDone(devices, next, failures)));
        }
        List<Long> latencies = new ArrayList<>();
        try {
            for (Future<List<Long>> worker : workers) {
                latencies.addAll(worker.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a load worker crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        return new LoadReport(concurrency, wall, latencies.stream().mapToLong(Long::longValue).toArray(), Map.copyOf(failures));
    }

    private List<Long> enrolUntilDone(List<DeviceIdentity> devices, AtomicInteger next, Map<String, Integer> failures) {
        Client client = clients.get();
        List<Long> latencies = new ArrayList<>();
        for (int i = next.getAndIncrement(); i < devices.size(); i = next.getAndIncrement()) {
            DeviceIdentity device = devices.get(i);
            long started = System.nanoTime();
            try {
                EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
                if (response.isSuccess()) {
                    latencies.add(System.nanoTime() - started);
                } else {
                    failures.merge(response.isPending() ? "pending" : "failInfo=" + response.getFailInfo(), 1, Integer::sum);
                }
            } catch (Exception e) {
                failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        return latencies;
    }
}
