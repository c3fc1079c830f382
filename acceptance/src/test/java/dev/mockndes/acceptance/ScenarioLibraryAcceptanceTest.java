package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.scenario.Check;
import dev.mockndes.scenario.Expectation;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.RawHttp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One acceptance test per scenario file, twice, on one shared listener: each check the file carries
 * is sent as a raw HTTP request (status, body marker, headers and the IIS or HTTPERR log line must
 * be what a troubleshooter would see), and a jscep device (the Android Intune agent's library) gets
 * the outcome the file declares for android.
 */
class ScenarioLibraryAcceptanceTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();

    /** The plain-HTTP scenarios; those that need --tls are shown through real handshakes by {@link TlsDefectsTest}. */
    static Stream<Scenario> scenarios() {
        return ScenarioLibrary.builtIn().list().stream().filter(scenario -> !scenario.needsTls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyCheckOfTheScenarioHolds(Scenario scenario) throws Exception {
        assertThat(scenario.checks()).as("%s shows itself with at least one check", scenario.name()).isNotEmpty();
        ndes.useScenario(scenario);
        for (Check check : scenario.checks()) {
            if (check.noAnswer()) {
                assertThatThrownBy(() -> send(check)).as("%s: %s gets no answer", scenario.name(), check.request())
                        .isInstanceOf(IOException.class);
                continue;
            }
            RawHttp.Response response = send(check);
            String what = scenario.name() + ": " + check.request();
            if (check.status() != null) {
                assertThat(response.status()).as(what).isEqualTo(check.status());
            }
            if (check.bodyContains() != null) {
                assertThat(response.text()).as(what).contains(check.bodyContains());
            }
            check.responseHeaders().forEach((name, value) -> assertThat(response.header(name)).as(what + " " + name).isEqualTo(value));
            ndes.server().logs().awaitWritten();
            if (check.iisLog() != null) {
                assertThat(last(ndes.iisLog())).as(what + " IIS log").contains(" " + check.iisLog() + " ");
            }
            if (check.httpErr() != null) {
                assertThat(last(ndes.httpErrLog())).as(what + " HTTPERR").contains(check.httpErr());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void androidSeesTheDeclaredOutcome(Scenario scenario) throws Exception {
        Expectation expected = scenario.expect().get("android");
        assertThat(expected).as("%s declares what android sees", scenario.name()).isNotNull();
        ndes.useScenario(scenario);
        DeviceIdentity device = DeviceIdentity.create("android-" + scenario.name(), Optional.empty(), 1024);
        // Given the CA thumbprint, as the device matrix's devices are: scenarios that change the CA declare what a pinned device sees.
        var client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());

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

    private static String last(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static RawHttp.Response send(Check check) throws IOException {
        StringBuilder request = new StringBuilder(check.request()).append(" HTTP/1.1\r\n");
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("Host", "127.0.0.1"));
        headers.putAll(check.headers());
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            return raw.send(request.toString()).read();
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
