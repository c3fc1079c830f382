package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.config.NdesSettings;
import dev.mockndes.harness.probe.AdminLogon;
import dev.mockndes.harness.device.TlsTrust;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.pki.Certificates;
import java.util.List;
import dev.mockndes.harness.probe.Probe;
import dev.mockndes.harness.probe.ProbeReport;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scep-harness probe} pointed at mock-ndes running each scenario file names that scenario's
 * documented cause, inferred only from what it observes on the SCEP URL (never the admin API).
 * A variant of a failure ({@code extends:}) has the same symptoms as its parent, so the probe names
 * the parent and lists the variant among the documented causes with those symptoms. The probe logs on to
 * mscep_admin with the server's default account, as an MDM server fetching challenges would.
 */
class ProbeDiagnosisTest {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(Path.of("../scenarios"));
    @RegisterExtension
    static final SharedServer plain = SharedServer.of(ServerSetup.defaults());
    /** The scenarios that need {@code --tls} are probed here, by a probe that trusts the mock CA. */
    @RegisterExtension
    static final SharedServer https = SharedServer.of(ServerSetup.defaults().withTls(TlsSettings.localhost()));

    static Stream<Scenario> scenarios() {
        return LIBRARY.list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void probeNamesTheScenariosDocumentedCause(Scenario scenario) {
        SharedServer ndes = scenario.needsTls() ? https : plain;
        ndes.server().scenario().use(scenario);
        ProbeReport report = new Probe(new DeviceTarget(URI.create(ndes.scepUrl()), Optional.of("s3cret"),
                Optional.of(ndes.server().caThumbprints().sha256()), Duration.ofSeconds(10),
                TlsTrust.anchors(List.of(Certificates.toX509(ndes.server().pki().trustAnchor())))), "rfc8894",
                Optional.of(new AdminLogon(NdesSettings.DEFAULT_ADMIN.name(), NdesSettings.DEFAULT_ADMIN.password()))).run();

        String expectedId = scenario.extendsName() != null ? scenario.extendsName() : scenario.name();
        assertThat(report.diagnosis().id()).as(report.text()).isEqualTo(expectedId);
        assertThat(report.diagnosis().candidateIds()).as(report.text()).contains(scenario.name());
        assertThat(report.healthy()).as("healthy only for the healthy scenario").isEqualTo(scenario.name().equals("healthy"));
        assertThat(report.json()).contains("\"id\":\"" + expectedId + "\"");
    }
}
