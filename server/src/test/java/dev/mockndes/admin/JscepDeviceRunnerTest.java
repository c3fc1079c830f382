package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.scenario.Expectation;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The android runner against a real listener: for one scenario of each kind of outcome, it reports
 * exactly what the scenario file declares for android, in the dashboard's words.
 */
class JscepDeviceRunnerTest {
    private static MockNdes ndes;
    private static JscepDeviceRunner android;

    @BeforeAll
    static void start() throws Exception {
        ndes = MockNdes.start(ServerConfig.defaults().withChallenge("s3cret"));
        android = new JscepDeviceRunner(ndes.scepUrl(), 1024);
    }

    @AfterAll
    static void stop() {
        ndes.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthy", "app-pool-stopped", "missing-impersonation-right", "gateway-timeout",
            "connector-not-installed", "network-blocked", "pending-approval"})
    void reportsTheOutcomeTheScenarioDeclaresForAndroid(String name) {
        Scenario scenario = ScenarioLibrary.builtIn().get(name);
        ndes.scenario().use(scenario);

        DeviceRunResult result = android.run("android", Optional.of("s3cret"));

        assertThat(result.outcome()).isEqualTo(words(scenario.expect().get("android")));
        assertThat(result.log()).last().isEqualTo("outcome: " + result.outcome());
    }

    @Test
    void aWrongChallengeIsAScepFailureWithBadRequest() {
        ndes.scenario().use(ScenarioLibrary.builtIn().get("healthy"));
        DeviceRunResult result = android.run("android", Optional.of("wrong"));
        assertThat(result.outcome()).isEqualTo("scep-failure badRequest");
        assertThat(result.log()).contains("CertRep FAILURE: failInfo badRequest");
    }

    @Test
    void anUnknownProfileIsRefused() {
        assertThatThrownBy(() -> android.run("windows", Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown device profile 'windows'; known: android");
    }

    private static String words(Expectation expected) {
        return switch (expected.outcome()) {
            case "http-status" -> "http-status " + expected.status();
            case "scep-failure" -> "scep-failure " + expected.failInfo();
            default -> expected.outcome();
        };
    }
}
