package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.harness.device.Outcome;
import dev.mockndes.harness.device.TlsTrust;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.pki.Certificates;
import dev.mockndes.scenario.Expectation;
import dev.mockndes.fault.Rule;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix: every scenario file × every device profile the library declares outcomes for, enrolling
 * for real against one in-process server, must give the outcome the file declares; and the table in
 * docs/client-harness.md must be exactly the outcomes observed here. {@code -Dmatrix.write=true}
 * rewrites it. A profile no scenario declares is not in the matrix yet: declaring it in every scenario's
 * {@code expect:} adds its column. Scenarios that need {@code --tls} ({@link Scenario#needsTls()}) run
 * against a second, HTTPS server, so the matrix still holds every scenario.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeviceMatrixTest {
    private static final Path MATRIX_PAGE = Path.of("../docs/client-harness.md");
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(Path.of("../scenarios"));
    private static final List<String> PROFILES = Devices.profiles().stream()
            .filter(profile -> LIBRARY.list().stream().anyMatch(scenario -> scenario.expect().containsKey(profile))).toList();
    private static final Map<String, Map<String, String>> OBSERVED = new ConcurrentHashMap<>();
    @RegisterExtension
    static final SharedServer plain = SharedServer.of(ServerSetup.defaults());
    /** The scenarios that need {@code --tls} run here, with devices that trust the mock CA (so only the defect fails them). */
    @RegisterExtension
    static final SharedServer https = SharedServer.of(ServerSetup.defaults().withTls(TlsSettings.localhost()));

    static Stream<Scenario> scenarios() {
        return LIBRARY.list().stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyDeviceSeesTheOutcomeTheScenarioDeclares(Scenario scenario) throws Exception {
        SharedServer ndes = scenario.needsTls() ? https : plain;
        DeviceTarget target = new DeviceTarget(java.net.URI.create(ndes.scepUrl()), java.util.Optional.of("s3cret"),
                java.util.Optional.of(ndes.server().caThumbprints().sha256()), Duration.ofSeconds(10),
                TlsTrust.anchors(List.of(Certificates.toX509(ndes.server().pki().trustAnchor()))));
        Map<String, DeviceRun> runs = new TreeMap<>();
        if (reproducibleUnderConcurrency(scenario)) {
            ndes.server().scenario().use(scenario);
            List<Thread> threads = new ArrayList<>();
            for (String device : PROFILES) {
                Thread thread = new Thread(() -> {
                    DeviceRun run = Devices.run(device, target);
                    synchronized (runs) {
                        runs.put(device, run);
                    }
                }, "matrix-" + device);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } else {
            for (String device : PROFILES) {
                // a fresh plan: each device meets the scenario's seeded sequence from its start
                ndes.server().scenario().use(scenario);
                runs.put(device, Devices.run(device, target));
            }
        }
        Map<String, String> row = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (String device : PROFILES) {
            DeviceRun run = runs.get(device);
            row.put(device, run.outcome().wire());
            Expectation expected = scenario.expect().get(device);
            String declared = expected == null ? "(nothing declared)" : Outcome.wire(expected.outcome(), expected.status(), expected.failInfo());
            if (expected == null || !run.outcome().matches(declared)) {
                mismatches.add(device + ": declared " + declared + ", observed " + run.outcome().wire() + "\n" + run.text());
            }
        }
        OBSERVED.put(scenario.name(), row);
        assertThat(mismatches).as("devices against %s", scenario.name()).isEmpty();
    }

    @Order(2)
    @Test
    void theDocumentedMatrixIsTheObservedOne() throws Exception {
        assertThat(OBSERVED.keySet()).as("every scenario was run").containsExactlyInAnyOrderElementsOf(
                LIBRARY.list().stream().map(Scenario::name).toList());
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        LIBRARY.list().forEach(s -> rows.put(s.name(), OBSERVED.get(s.name())));
        String table = MatrixTable.render(rows, PROFILES);
        if (Boolean.getBoolean("matrix.write")) {
            MatrixTable.write(MATRIX_PAGE, table);
        }
        assertThat(MatrixTable.section(MATRIX_PAGE))
                .as("docs/client-harness.md's matrix section; regenerate it with: mvn -B verify -pl server -am -Dtest=DeviceMatrixTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dmatrix.write=true")
                .isEqualTo(table);
    }

    /** No probabilities, counters or phases: the outcome of a request does not depend on the others. */
    private static boolean reproducibleUnderConcurrency(Scenario scenario) {
        return scenario.phases().isEmpty() && scenario.rules().stream()
                .allMatch((Rule r) -> r.probability() == null && r.after() == null && r.times() == null);
    }
}
