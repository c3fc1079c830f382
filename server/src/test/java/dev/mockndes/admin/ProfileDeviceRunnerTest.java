package dev.mockndes.admin;

import dev.mockndes.harness.device.Devices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.scenario.Expectation;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard's device runner against a real listener: for one scenario of each kind of outcome,
 * it reports exactly what the scenario file declares for the device, in the dashboard's words.
 */
class ProfileDeviceRunnerTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withChallenge("s3cret"));
    private static ProfileDeviceRunner runner;

    @BeforeAll
    static void runner() {
        runner = new ProfileDeviceRunner(ndes.scepUrl(), ndes.server().caThumbprints().sha256(), java.time.Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthy", "app-pool-stopped", "missing-impersonation-right", "gateway-timeout",
            "connector-not-installed", "network-blocked", "pending-approval"})
    void reportsTheOutcomeTheScenarioDeclaresForAndroid(String name) {
        Scenario scenario = ScenarioLibrary.builtIn().get(name);
        ndes.server().scenario().use(scenario);

        // A profile this scenario declares no outcome for is not checked here (the matrix shows it once declared).
        for (String profile : runner.profiles().stream().filter(scenario.expect()::containsKey).toList()) {
            DeviceRunResult result = runner.run(profile, Optional.of("s3cret"));

            assertThat(result.outcome()).as(profile).isEqualTo(words(scenario.expect().get(profile)));
            assertThat(result.log()).as(profile).last().asString().startsWith("outcome: " + result.outcome());
        }
    }

    @Test
    void offersEveryHarnessProfile() {
        assertThat(runner.profiles()).isEqualTo(Devices.profiles()).contains("android", "ios", "macos", "windows", "rfc8894");
    }

    @Test
    void aWrongChallengeIsAScepFailureWithBadRequest() {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("healthy"));
        DeviceRunResult result = runner.run("android", Optional.of("wrong"));
        assertThat(result.outcome()).isEqualTo("scep-failure badRequest");
        assertThat(result.log()).anyMatch(line -> line.contains("badRequest"));
    }

    @Test
    void anUnknownProfileIsRefused() {
        assertThatThrownBy(() -> runner.run("blackberry", Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown device profile 'blackberry'; known: " + String.join(", ", Devices.profiles()));
    }

    private static String words(Expectation expected) {
        return switch (expected.outcome()) {
            case "http-status" -> "http-status " + expected.status();
            case "scep-failure" -> "scep-failure " + expected.failInfo();
            default -> expected.outcome();
        };
    }
}
