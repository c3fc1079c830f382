package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.common.OutcomeWord;
import dev.mockndes.scenario.Expectation;
import dev.mockndes.scenario.Hop;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which hop a device run lights, for every kind of outcome, with and without the scenario's word. */
class FailingHopTest {
    private static final List<String> NO_LOG = List.of();
    private static final Optional<Hop> UNSAID = Optional.empty();

    @Test
    void aSuccessStopsNowhereWhateverTheScenarioSays() {
        assertThat(FailingHop.of("success", NO_LOG, UNSAID)).isEmpty();
        assertThat(FailingHop.of("success", NO_LOG, Optional.of(Hop.CA))).isEmpty();
    }

    @Test
    void aPendingAnswerWaitsAtTheCa() {
        assertThat(FailingHop.of("pending", NO_LOG, UNSAID)).hasValue(Hop.CA);
        assertThat(FailingHop.of("pending", NO_LOG, Optional.of(Hop.IIS))).hasValue(Hop.CA);
    }

    @Test
    void aDeviceThatStopsOnItsOwnChecksStopsAtTheDeviceEvenWhenTheScenarioBreaksElsewhere() {
        assertThat(FailingHop.of("device-refused", NO_LOG, UNSAID)).hasValue(Hop.DEVICE);
        assertThat(FailingHop.of("device-refused", NO_LOG, Optional.of(Hop.MSCEP))).hasValue(Hop.DEVICE);
    }

    @Test
    void aConnectionErrorIsTheProxyUnlessItWasTlsOrTheScenarioSaysIis() {
        assertThat(FailingHop.of("connection-error", List.of("Sending GetCACaps(ca)", "outcome: connection-error (Connection reset)"), UNSAID))
                .hasValue(Hop.PROXY);
        assertThat(FailingHop.of("connection-error", List.of("outcome: connection-error (TLS failed with ndes.contoso.com: PKIX path building failed)"),
                UNSAID)).hasValue(Hop.IIS);
        assertThat(FailingHop.of("connection-error", NO_LOG, Optional.of(Hop.IIS))).hasValue(Hop.IIS);
        assertThat(FailingHop.of("connection-error", NO_LOG, Optional.of(Hop.CA))).as("a CA does not reset connections").hasValue(Hop.PROXY);
    }

    @Test
    void aTlsOutcomeWordIsIis() {
        assertThat(FailingHop.of("tls-failure expired", NO_LOG, UNSAID)).hasValue(Hop.IIS);
        assertThat(FailingHop.of("tls-failure", NO_LOG, Optional.of(Hop.PROXY))).hasValue(Hop.IIS);
    }

    @Test
    void aTimeoutIsTheProxyUnlessTheScenarioNamesTheHopThatHangs() {
        assertThat(FailingHop.of("timeout", NO_LOG, UNSAID)).hasValue(Hop.PROXY);
        assertThat(FailingHop.of("timeout", NO_LOG, Optional.of(Hop.CA))).hasValue(Hop.CA);
        assertThat(FailingHop.of("timeout", NO_LOG, Optional.of(Hop.DEVICE))).hasValue(Hop.PROXY);
    }

    @Test
    void aGatewaysStatusIsTheProxyAndOtherStatusesAreIisOrBehindIt() {
        assertThat(FailingHop.of("http-status 504", NO_LOG, UNSAID)).hasValue(Hop.PROXY);
        assertThat(FailingHop.of("http-status 502", NO_LOG, Optional.of(Hop.MSCEP))).hasValue(Hop.PROXY);
        assertThat(FailingHop.of("http-status 503", NO_LOG, UNSAID)).hasValue(Hop.IIS);
        assertThat(FailingHop.of("http-status 404", NO_LOG, UNSAID)).hasValue(Hop.IIS);
        assertThat(FailingHop.of("http-status 500", NO_LOG, UNSAID)).hasValue(Hop.MSCEP);
        assertThat(FailingHop.of("http-status 500", NO_LOG, Optional.of(Hop.IIS))).hasValue(Hop.IIS);
        assertThat(FailingHop.of("http-status 500", NO_LOG, Optional.of(Hop.CA))).hasValue(Hop.CA);
        assertThat(FailingHop.of("http-status 503", NO_LOG, Optional.of(Hop.PROXY))).as("503 is HTTP.sys's page").hasValue(Hop.IIS);
    }

    @Test
    void aScepFailureIsThePolicyModuleTheCaOrMscepByItsFailInfoAndTheScenario() {
        assertThat(FailingHop.of("scep-failure badRequest", NO_LOG, UNSAID)).hasValue(Hop.POLICY_MODULE);
        assertThat(FailingHop.of("scep-failure badRequest", NO_LOG, Optional.of(Hop.CA))).hasValue(Hop.CA);
        assertThat(FailingHop.of("scep-failure badCertId", NO_LOG, UNSAID)).hasValue(Hop.CA);
        assertThat(FailingHop.of("scep-failure badMessageCheck", NO_LOG, UNSAID)).hasValue(Hop.MSCEP);
        assertThat(FailingHop.of("scep-failure badMessageCheck", NO_LOG, Optional.of(Hop.POLICY_MODULE))).hasValue(Hop.POLICY_MODULE);
        assertThat(FailingHop.of("scep-failure badTime", NO_LOG, Optional.of(Hop.PROXY))).hasValue(Hop.MSCEP);
    }

    @Test
    void anInvalidResponseIsMscepUnlessTheScenarioBlamesIisOrTheProxy() {
        assertThat(FailingHop.of("invalid-response", NO_LOG, UNSAID)).hasValue(Hop.MSCEP);
        assertThat(FailingHop.of("invalid-response", NO_LOG, Optional.of(Hop.PROXY))).hasValue(Hop.PROXY);
        assertThat(FailingHop.of("invalid-response", NO_LOG, Optional.of(Hop.CA))).hasValue(Hop.MSCEP);
    }

    @Test
    void anOutcomeWordItDoesNotKnowStopsWhereTheScenarioSays() {
        assertThat(FailingHop.of("something-new", NO_LOG, Optional.of(Hop.POLICY_MODULE))).hasValue(Hop.POLICY_MODULE);
        assertThat(FailingHop.of("something-new", NO_LOG, UNSAID)).isEmpty();
    }

    @Test
    void everyOutcomeWordIsCovered() {
        // The cases above name each word; a new word fails here until FailingHop and this test decide its hop.
        assertThat(OutcomeWord.words()).containsExactlyInAnyOrder("success", "pending", "http-status", "scep-failure",
                "connection-error", "timeout", "invalid-response", "device-refused", "tls-failure");
    }

    static List<Scenario> scenarios() {
        return ScenarioLibrary.load(Path.of("../scenarios")).list();
    }

    /**
     * A device that fails as the scenario expects lights the hop the scenario names, or the device
     * itself when its own checks stopped it: the picture and the run agree.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyExpectedFailureOfTheLibraryLightsTheScenariosOwnHop(Scenario scenario) {
        Optional<Hop> breaks = scenario.breaksAt().flatMap(b -> b.where());
        scenario.expect().forEach((device, expected) -> {
            Optional<Hop> lit = FailingHop.of(wire(expected), NO_LOG, breaks);
            if (expected.outcome().equals(OutcomeWord.SUCCESS.word())) {
                assertThat(lit).as(scenario.name() + " " + device).isEmpty();
            } else if (!expected.outcome().equals(OutcomeWord.DEVICE_REFUSED.word())) {
                assertThat(lit).as(scenario.name() + " " + device + " " + wire(expected)).isEqualTo(breaks);
            }
        });
    }

    @Test
    void theRunRouteAnswersWithTheHopOfAFailureAndWithoutOneForASuccess() throws Exception {
        JsonNode failed = run("http-status 500", Optional.of(Hop.CA));
        assertThat(failed.get("outcome").asText()).isEqualTo("http-status 500");
        assertThat(failed.get("hop").asText()).isEqualTo("ca");
        assertThat(run("http-status 500", Optional.empty()).get("hop").asText()).isEqualTo("mscep");
        assertThat(run("success", Optional.of(Hop.CA)).has("hop")).isFalse();
    }

    private static JsonNode run(String outcome, Optional<Hop> scenarioHop) throws Exception {
        DeviceRunner device = new DeviceRunner() {
            @Override
            public List<String> profiles() {
                return List.of("android");
            }

            @Override
            public DeviceRunResult run(String profile, Optional<String> challenge) {
                return new DeviceRunResult(profile, outcome, List.of("outcome: " + outcome));
            }
        };
        AdminRoutes routes = new AdminRoutes().onAsync("POST", "/devices/run", new RunDevice(device, Duration.ofMinutes(1), () -> scenarioHop));
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 8081);
        WebResponse response = routes.handle(new WebRequest("POST", "/devices/run", "", Map.of("content-type", "application/json"),
                "{\"profile\":\"android\"}".getBytes(StandardCharsets.UTF_8), local, local, "HTTP/1.1", new ConnectionState()))
                .toCompletableFuture().get(1, TimeUnit.MINUTES);
        assertThat(response.status()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static String wire(Expectation expected) {
        return String.join(" ", Arrays.stream(new Object[] {expected.outcome(), expected.status(), expected.failInfo()})
                .filter(part -> part != null).map(String::valueOf).toList());
    }
}
