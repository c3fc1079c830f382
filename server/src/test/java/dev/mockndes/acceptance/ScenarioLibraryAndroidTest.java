package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.scenario.Expectation;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import java.util.Optional;
import java.util.stream.Stream;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario in the library, switched in at runtime, gives a jscep device (the Android Intune
 * agent's library) the outcome the scenario file declares for android.
 */
class ScenarioLibraryAndroidTest {
    private static MockNdes ndes;

    @BeforeAll
    static void start() throws Exception {
        ndes = MockNdes.start(ServerConfig.defaults());
    }

    @AfterAll
    static void stop() {
        ndes.close();
    }

    static Stream<Scenario> scenarios() {
        return ScenarioLibrary.builtIn().list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void androidSeesTheDeclaredOutcome(Scenario scenario) throws Exception {
        Expectation expected = scenario.expect().get("android");
        assertThat(expected).as("%s declares what android sees", scenario.name()).isNotNull();
        ndes.scenario().use(scenario);
        DeviceIdentity device = DeviceIdentity.create("android-" + scenario.name(), Optional.empty(), 1024);
        var client = JscepClients.trustingAnyCa(ndes.scepUrl());

        switch (expected.outcome()) {
            case "success" -> assertThat(client.enrol(device.identity(), device.keys().getPrivate(), device.csr()).isSuccess())
                    .isTrue();
            case "pending" -> assertThat(client.enrol(device.identity(), device.keys().getPrivate(), device.csr()).isPending())
                    .isTrue();
            case "scep-failure" -> {
                EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
                assertThat(response.isFailure()).isTrue();
                assertThat(response.getFailInfo().toString()).isEqualTo(expected.failInfo());
            }
            case "http-status" -> assertThatThrownBy(() -> client.enrol(device.identity(), device.keys().getPrivate(), device.csr()))
                    .satisfies(e -> assertThat(causes(e)).contains(Integer.toString(expected.status())));
            default -> assertThatThrownBy(() -> client.enrol(device.identity(), device.keys().getPrivate(), device.csr()))
                    .as("%s: %s", scenario.name(), expected.outcome()).isInstanceOf(Exception.class);
        }
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append(" | ");
        }
        return messages.toString();
    }
}
