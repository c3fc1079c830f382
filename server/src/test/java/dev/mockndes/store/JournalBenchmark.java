package dev.mockndes.store;

import dev.mockndes.pki.KeyPairs;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers, not a test: how the certificate journal behaves as it grows to a million certificates.
 * Skipped unless {@code -Dbench=true}:
 * <pre>
 *   mvn -B -o verify -pl server -am -Dtest=JournalBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Certificates are one real 2048-bit RSA certificate (about 1 KB, shaped like an issued device
 * certificate) with its serial rewritten, so a million can be made without a million signatures. The
 * journal is filled without fsync (the fill is not what is measured); every measured add is forced.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class JournalBenchmark {
    private static final int SERIAL_OCTETS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path folder;

    private byte[] template;
    private int serialAt;
    private final List<BigInteger> sample = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    @Test
    void journalCostsStayFlatUpToAMillionCertificates() throws Exception {
        makeTemplate();
        line("certificate size: %d bytes; cores: %d", template.length, Runtime.getRuntime().availableProcessors());
        line("%-10s %-26s %12s", "entries", "measure", "value");
        try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.EACH, w -> { })) {
            line("%-10d %-26s %9.0f /s", 0, "add, 1 thread, fsync each", addRate(store, 1, 500));
            line("%-10d %-26s %9.0f /s", 0, "add, 16 threads, fsync each", addRate(store, 16, 2000));
        }
        for (int target : new int[] {0, 100_000, 1_000_000}) {
            fill(target);
            long start = System.nanoTime();
            try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, w -> { })) {
                line("%-10d %-26s %9.1f ms", store.count(), "open, first this run", (System.nanoTime() - start) / 1e6);
            }
            start = System.nanoTime();
            try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, w -> { })) {
                double openMs = (System.nanoTime() - start) / 1e6;
                long entries = store.count();
                line("%-10d %-26s %9.1f ms", entries, "open (index file)", openMs);
                line("%-10d %-26s %9.0f /s", entries, "add, 1 thread, group", addRate(store, 1, 500));
                line("%-10d %-26s %9.0f /s", entries, "add, 16 threads, group", addRate(store, 16, 4000));
                if (!sample.isEmpty()) {
                    findLatency(store, entries);
                }
            }
            if (target == 1_000_000) {
                Files.delete(folder.resolve(JournalCertificateStore.INDEX));
                start = System.nanoTime();
                try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.GROUP, w -> { })) {
                    line("%-10d %-26s %9.1f ms", store.count(), "open (index rebuilt)", (System.nanoTime() - start) / 1e6);
                }
                line("journal: %d MB, index: %d MB", Files.size(folder.resolve(JournalCertificateStore.JOURNAL)) >> 20,
                        Files.size(folder.resolve(JournalCertificateStore.INDEX)) >> 20);
            }
        }
        Files.writeString(Path.of("target", "journal-benchmark.txt"), report);
        System.out.println(report);
    }

    /** Adds unforced certificates until the store holds {@code target} (the measured adds count too). */
    private void fill(int target) {
        try (JournalCertificateStore store = JournalCertificateStore.open(folder, SyncMode.NONE, w -> { })) {
            for (long i = store.count(); i < target; i++) {
                X509CertificateHolder certificate = next();
                store.add(certificate);
                if (i % 997 == 0) {
                    sample.add(certificate.getSerialNumber());
                }
            }
        }
    }

    private double addRate(JournalCertificateStore store, int threads, int total) throws Exception {
        List<X509CertificateHolder> certificates = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            certificates.add(next());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<X509CertificateHolder> mine = certificates.subList(t * total / threads, (t + 1) * total / threads);
                done.add(pool.submit(() -> mine.forEach(store::add)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private void findLatency(JournalCertificateStore store, long entries) {
        int rounds = 20_000;
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            BigInteger serial = sample.get(RANDOM.nextInt(sample.size()));
            long start = System.nanoTime();
            if (store.find(serial).isEmpty()) {
                throw new AssertionError("lost " + serial);
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        line("%-10d %-26s %9.1f us", entries, "find, median", nanos[rounds / 2] / 1e3);
        line("%-10d %-26s %9.1f us", entries, "find, 99th percentile", nanos[rounds * 99 / 100] / 1e3);
    }

    private X509CertificateHolder next() {
        byte[] der = template.clone();
        byte[] serial = new byte[SERIAL_OCTETS];
        RANDOM.nextBytes(serial);
        serial[0] = (byte) ((serial[0] & 0x3F) | 0x40);
        System.arraycopy(serial, 0, der, serialAt, SERIAL_OCTETS);
        try {
            return new X509CertificateHolder(der);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void makeTemplate() throws Exception {
        KeyPair ca = KeyPairs.rsa(2048, RANDOM);
        KeyPair device = KeyPairs.rsa(2048, RANDOM);
        byte[] serial = new byte[SERIAL_OCTETS];
        Arrays.fill(serial, (byte) 0x5A);
        X500Name subject = new X500Name("CN=device-000000000000,OU=Devices,O=mock-ndes benchmark,C=US");
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(new X500Name("CN=MOCK-NDES-CA,O=mock-ndes,C=US"),
                new BigInteger(1, serial), new java.util.Date(), new java.util.Date(System.currentTimeMillis() + 86_400_000L * 365),
                subject, device.getPublic())
                .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate()));
        template = holder.getEncoded();
        for (serialAt = 0; !Arrays.equals(template, serialAt, serialAt + SERIAL_OCTETS, serial, 0, SERIAL_OCTETS); serialAt++) {
            // find where the serial sits in the DER
        }
    }

    private void line(String format, Object... values) {
        String text = String.format(Locale.ROOT, format, values);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
