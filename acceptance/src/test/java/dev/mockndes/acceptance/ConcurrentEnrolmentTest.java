package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 64 jscep devices enrol at the same moment; all succeed and no serial number repeats. */
class ConcurrentEnrolmentTest {
    private static final int DEVICES = 64;

    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge("s3cret").build();

    @Test
    void sixtyFourConcurrentEnrolmentsAllSucceedWithUniqueSerials() throws Exception {
        List<DeviceIdentity> devices = IntStream.range(0, DEVICES).parallel()
                .mapToObj(i -> DeviceIdentity.create("concurrent-" + i, Optional.of("s3cret"), 1024)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<X509Certificate>> results = new ArrayList<>();
            for (DeviceIdentity device : devices) {
                results.add(pool.submit(() -> {
                    Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
                    go.await();
                    EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
                    assertThat(response.isSuccess()).as("enrolment of %s", device.csr().getSubject()).isTrue();
                    return JscepEnrolmentTest.issuedTo(response, device);
                }));
            }
            go.countDown();
            List<BigInteger> serials = new ArrayList<>();
            for (Future<X509Certificate> result : results) {
                serials.add(result.get().getSerialNumber());
            }
            assertThat(serials).hasSize(DEVICES).doesNotHaveDuplicates();
            assertThat(ndes.issuedCertificates()).hasSize(DEVICES);
        } finally {
            pool.shutdownNow();
        }
    }
}
