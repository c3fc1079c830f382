package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.store.StorageSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.store.PendingRequest;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server restarted on the same --data-dir is the same CA with the same memory. */
class RestartTest {
    @TempDir
    Path dir;

    @Test
    void afterARestartTheCaThumbprintIssuedCertificatesAndPendingRequestsAreStillThere() throws Exception {
        ServerConfig config = ServerConfig.defaults().withChallenge("s3cret").withStorage(StorageSettings.in(dir));
        DeviceIdentity device = DeviceIdentity.create("before-restart", Optional.of("s3cret"), 1024);
        Thumbprints thumbprints;
        X509Certificate issued;
        try (MockNdes ndes = MockNdes.start(config)) {
            thumbprints = ndes.caThumbprints();
            issued = enrol(ndes, device);
            ndes.pendingStore().put(PendingRequest.waiting("waiting-over-restart", device.csr().getEncoded(), Instant.now()).polled());
        }

        try (MockNdes ndes = MockNdes.start(config)) {
            assertThat(ndes.caThumbprints()).isEqualTo(thumbprints);
            Optional<X509CertificateHolder> found = ndes.certificates().find(issued.getSerialNumber());
            assertThat(found).as("the certificate issued before the restart").isPresent();
            assertThat(found.get().getEncoded()).isEqualTo(issued.getEncoded());
            PendingRequest pending = ndes.pendingStore().find("waiting-over-restart").orElseThrow();
            assertThat(pending.state()).isEqualTo(PendingRequest.State.WAITING);
            assertThat(pending.polls()).isEqualTo(1);
            assertThat(pending.csr()).isEqualTo(device.csr().getEncoded());
            X509Certificate second = enrol(ndes, DeviceIdentity.create("after-restart", Optional.of("s3cret"), 1024));
            assertThat(ndes.certificates().count()).isEqualTo(2);
            assertThat(ndes.certificates().recent(2)).extracting(X509CertificateHolder::getSerialNumber)
                    .containsExactly(second.getSerialNumber(), issued.getSerialNumber());
        }
    }

    /** Enrols with jscep pinned to the thumbprint the server shows, as a device given it before the restart would be. */
    private static X509Certificate enrol(MockNdes ndes, DeviceIdentity device) throws Exception {
        EnrollmentResponse response = JscepClients.forUrl(ndes.scepUrl(), ndes.caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.isSuccess()).isTrue();
        return JscepEnrolmentTest.issuedTo(response, device);
    }
}
