package dev.mockndes.harness.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.HttpAnswer;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The diagnosis rules on hand-made observations (the end-to-end test runs the probe against every scenario). */
class DiagnoserTest {

    private static Exchange answer(int status, String body) {
        return Exchange.answered("GET /", new HttpAnswer(status, Map.of("content-type", "text/html"), body.getBytes(StandardCharsets.ISO_8859_1)), 5);
    }

    private static Exchange failed(Exchange.Failure failure) {
        return Exchange.failed("GET /", failure, failure.name(), 5);
    }

    private static Observations seen(Exchange browse, Exchange caps, List<Exchange> repeats) {
        return new Observations(browse, caps, Set.of(), caps, Optional.empty(), repeats, List.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void aNameThatDoesNotResolveIsAHostProblem() {
        Exchange dns = failed(Exchange.Failure.HOST_NOT_FOUND);
        assertThat(Diagnoser.diagnose(seen(dns, dns, List.of()), new Date()).cause()).isEqualTo(Cause.HOST_NOT_FOUND);
    }

    @Test
    void someAnsweredAndSomeResetIsAFlakyPath() {
        Exchange ok = answer(200, "POSTPKIOperation");
        Diagnosis d = Diagnoser.diagnose(seen(answer(403, "403.0"), ok, List.of(ok, failed(Exchange.Failure.RESET), ok)), new Date());
        assertThat(d.cause()).isEqualTo(Cause.FLAKY);
        assertThat(d.evidence()).contains("1 of 6 requests");
    }

    @Test
    void resetsEverywhereAreTheProxyAndClosesEverywhereTheNetwork() {
        Exchange reset = failed(Exchange.Failure.RESET);
        Exchange closed = failed(Exchange.Failure.CLOSED);
        assertThat(Diagnoser.diagnose(seen(reset, reset, List.of(reset)), new Date()).cause()).isEqualTo(Cause.PAGE_CANT_BE_DISPLAYED);
        assertThat(Diagnoser.diagnose(seen(closed, closed, List.of(closed)), new Date()).cause()).isEqualTo(Cause.NETWORK_BLOCKED);
    }

    @Test
    void a503NamesTheStoppedPoolAndEveryDocumentedCrashCause() {
        Exchange unavailable = answer(503, "Service Unavailable");
        Diagnosis d = Diagnoser.diagnose(seen(unavailable, unavailable, List.of()), new Date());
        assertThat(d.candidateIds()).containsExactly("app-pool-stopped", "app-pool-stopped-intermediate-in-root",
                "app-pool-stopped-crl-unreachable", "app-pool-stopped-windows-auth-on-crp", "app-pool-stopped-expired-policy-cert");
    }

    @Test
    void a500IsToldApartByItsErrorCodeOrLeftOpen() {
        Exchange impersonation = answer(500, "<td>0x80070542</td>");
        Exchange noCode = answer(500, "HTTP Error 500.0");
        assertThat(Diagnoser.diagnose(seen(impersonation, impersonation, List.of()), new Date()).cause())
                .isEqualTo(Cause.MISSING_IMPERSONATION_RIGHT);
        Diagnosis open = Diagnoser.diagnose(seen(noCode, noCode, List.of()), new Date());
        assertThat(open.candidateIds()).contains("service-account-locked", "missing-impersonation-right", "ra-certs-expired");
        assertThat(open.evidence()).contains("IIS log");
    }

    @Test
    void theGeneralNdesPageMeansTheConnectorIsMissing() {
        Exchange general = answer(200, "<Title>Network Device Enrollment Service</Title>");
        assertThat(Diagnoser.diagnose(seen(general, answer(200, "AES"), List.of()), new Date()).cause())
                .isEqualTo(Cause.CONNECTOR_NOT_INSTALLED);
    }
}
