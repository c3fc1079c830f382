package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.harness.load.LoadReport;
import dev.mockndes.harness.load.LoadRun;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness's load loop against a real listener: it counts successes and classifies failures. */
class LoadRunTest {
    private static MockNdes ndes;

    @BeforeAll
    static void start() throws Exception {
        ndes = MockNdes.start(ServerConfig.defaults().withChallenge("s3cret"));
    }

    @AfterAll
    static void stop() {
        ndes.close();
    }

    @Test
    void countsEverySuccessfulEnrolmentAndItsLatency() throws Exception {
        LoadReport report = new LoadRun(() -> JscepClients.forUrl(ndes.scepUrl(), ndes.caThumbprints().sha256()),
                12, 4, 1024, Optional.of("s3cret")).run();

        assertThat(report.succeeded()).isEqualTo(12);
        assertThat(report.failed()).isZero();
        assertThat(report.percentileMillis(50)).isPositive().isLessThanOrEqualTo(report.percentileMillis(99));
        assertThat(report.enrolmentsPerSecond()).isPositive();
        assertThat(report.json()).contains("\"succeeded\":12", "\"failed\":0");
    }

    @Test
    void classifiesRefusalsByFailInfo() throws Exception {
        LoadReport report = new LoadRun(() -> JscepClients.trustingAnyCa(ndes.scepUrl()), 3, 2, 1024, Optional.of("wrong")).run();

        assertThat(report.succeeded()).isZero();
        assertThat(report.failures()).containsEntry("failInfo=badRequest", 3);
        assertThat(report.text()).contains("failures: {failInfo=badRequest=3}");
    }
}
