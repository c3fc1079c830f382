package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.fault.CloseWithoutResponse;
import dev.mockndes.fault.ConnectionReset;
import dev.mockndes.fault.Delay;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.GatewayTimeout;
import dev.mockndes.fault.Hang;
import dev.mockndes.fault.HttpSysError;
import dev.mockndes.fault.IisError;
import dev.mockndes.fault.ConnectorRefusal;
import dev.mockndes.fault.ScepFailureFault;
import dev.mockndes.fault.TruncatedBody;
import dev.mockndes.fault.WrongContentType;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.fault.Match;
import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Rule;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.support.RawHttp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every fault primitive through a real socket, switched at runtime on one shared server. */
class FaultInjectionTest {
    private static final String CAPS = "/certsrv/mscep/mscep.dll?operation=GetCACaps";
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();

    @Test
    void anIisErrorHasItsStatusPageAndItsLogTuple() throws Exception {
        use(new IisError(500, 0, 1346));
        RawHttp.Response response = get(CAPS);
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("HTTP Error 500.0 - Internal Server Error");
        assertThat(response.header("Server")).isEqualTo("Microsoft-IIS/10.0");
        ndes.server().logs().awaitWritten();
        assertThat(lastIisLine()).endsWith(" 500 0 1346 " + lastIisLine().substring(lastIisLine().lastIndexOf(' ') + 1))
                .contains("operation=GetCACaps");
    }

    @Test
    void anHttpSysErrorIsLoggedInHttperrWithItsReasonAndNotInTheIisLog() throws Exception {
        use(new HttpSysError(503, "AppOffline"));
        int iisLines = ndes.server().logs().iis().recentLines().size();
        RawHttp.Response response = get(CAPS + "&message=httpsys");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Server")).isEqualTo("Microsoft-HTTPAPI/2.0");
        assertThat(response.text()).contains("HTTP Error 503. The service is unavailable.");
        ndes.server().logs().awaitWritten();
        assertThat(ndes.server().logs().iis().recentLines()).hasSize(iisLines);
        assertThat(ndes.httpErrLog()).anyMatch(l -> l.contains("message=httpsys") && l.contains(" 503 1 AppOffline SCEP"));
    }

    @Test
    void aResetOrCloseGivesTheClientNoAnswer() throws Exception {
        for (Fault fault : List.of(new ConnectionReset(), new CloseWithoutResponse(), new Hang(200L))) {
            use(fault);
            assertThatThrownBy(() -> get(CAPS)).as(fault.toString()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aDelayStillAnswersNormallyAndAGatewayTimeoutIs504() throws Exception {
        use(new Delay(50, 20));
        assertThat(get(CAPS).status()).isEqualTo(200);
        use(new GatewayTimeout(50L));
        RawHttp.Response response = get(CAPS);
        assertThat(response.status()).isEqualTo(504);
        assertThat(response.text()).contains("GatewayTimeout");
    }

    @Test
    void aWrongContentTypeOrATruncatedBodyChangesOnlyThatPart() throws Exception {
        use(new WrongContentType("text/html"));
        RawHttp.Response response = get(CAPS);
        assertThat(response.header("Content-Type")).isEqualTo("text/html");
        assertThat(response.text()).contains("POSTPKIOperation");
        use(new TruncatedBody(0.5));
        RawHttp.Response truncated = get("/certsrv/mscep/mscep.dll?operation=GetCACert");
        int promised = Integer.parseInt(truncated.header("Content-Length"));
        assertThat(truncated.body().length).isEqualTo(promised / 2);
    }

    @Test
    void aScepFailureFaultReachesJscepAsAFailInfo() throws Exception {
        use(new Rule(new Match(List.of("PKIOperation"), null, null, null, null, null, null, null, null, null),
                new ScepFailureFault("badRequest"), null, null, null));
        assertThat(get(CAPS).status()).as("other operations pass").isEqualTo(200);
        DeviceIdentity device = DeviceIdentity.create("faulted", Optional.empty(), 1024);
        EnrollmentResponse response = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.isFailure()).isTrue();
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void aConnectorRefusalWritesTheConnectorsCallThenFailsTheEnrolmentInAnyChallengeMode() throws Exception {
        use(new ConnectorRefusal("intermediate-in-root"));
        assertThat(get(CAPS).status()).as("other operations pass").isEqualTo(200);
        assertThat(get("/certsrv/mscep/mscep.dll?operation=PKIOperation&message=bm90IHNjZXA%3D").status())
                .as("a message that is not SCEP is refused before the connector is asked").isEqualTo(400);
        DeviceIdentity device = DeviceIdentity.create("connector-faulted", Optional.empty(), 1024);
        EnrollmentResponse response = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
        ndes.server().logs().awaitWritten();
        assertThat(ndes.iisLog()).filteredOn(line -> line.contains("/CertificateRegistrationSvc/Certificate/VerifyRequest"))
                .singleElement().satisfies(line -> assertThat(line).contains(" NDES_Plugin - 403 16 2148204809 "));
    }

    @Test
    void aCapsFaultMakesJscepFallBackToGet() throws Exception {
        use(new Rule(new Match(List.of("GetCACaps"), null, null, null, null, null, null, null, null, null),
                new dev.mockndes.fault.CapsAnswer(null, List.of("SHA-256", "AES")), null, null, null));
        assertThat(get(CAPS).text()).isEqualTo("SHA-256\nAES\n");
        var client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        var transports = new JscepClients.RecordingTransports();
        client.setTransportFactory(transports);
        DeviceIdentity device = DeviceIdentity.create("caps-fault", Optional.empty(), 1024);
        assertThat(client.enrol(device.identity(), device.keys().getPrivate(), device.csr()).isSuccess()).isTrue();
        assertThat(transports.methods).containsOnly(org.jscep.transport.TransportFactory.Method.GET);
    }

    @Test
    void pendingForeverAnswersEveryEnrolmentPending() throws Exception {
        use(new dev.mockndes.fault.PendingForever());
        DeviceIdentity device = DeviceIdentity.create("pending", Optional.empty(), 1024);
        EnrollmentResponse response = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.isPending()).isTrue();
    }

    @Test
    void garbageIsNotHttpAndTheConnectionCloses() throws Exception {
        use(new dev.mockndes.fault.Garbage(32));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", ndes.server().port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((("GET " + CAPS + " HTTP/1.1\r\nHost: ndes\r\n\r\n")).getBytes());
            byte[] received = socket.getInputStream().readAllBytes();
            assertThat(received).hasSize(32);
            assertThat(new String(received, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotStartWith("HTTP/");
        }
    }

    @Test
    void aSlowBodyArrivesWholeInSeveralSlices() throws Exception {
        ndes.useScenario(Scenario.healthy());
        byte[] normal = get("/certsrv/mscep/mscep.dll?operation=GetCACert").body();
        use(new dev.mockndes.fault.SlowBody(normal.length / 2));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", ndes.server().port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /certsrv/mscep/mscep.dll?operation=GetCACert HTTP/1.1\r\nHost: ndes\r\n"
                    + "Connection: close\r\n\r\n").getBytes());
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int reads = 0;
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; reads++) {
                all.write(buffer, 0, n);
            }
            byte[] bytes = all.toByteArray();
            byte[] body = java.util.Arrays.copyOfRange(bytes, bytes.length - normal.length, bytes.length);
            assertThat(body).isEqualTo(normal);
            assertThat(reads).as("slices arrive a tenth of a second apart").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void rulesCanMatchTheScepMessageTypeOfAPkiOperation() throws Exception {
        var client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        use(new Rule(new Match(null, null, null, null, null, null, null, null, null, List.of("GetCRL")),
                new IisError(500, 0, 0), null, null, null));
        DeviceIdentity first = DeviceIdentity.create("message-type-1", Optional.empty(), 1024);
        assertThat(client.enrol(first.identity(), first.keys().getPrivate(), first.csr()).isSuccess()).as("PKCSReq passes").isTrue();

        use(new Rule(new Match(null, null, null, null, null, null, null, null, null, List.of("PKCSReq")),
                new IisError(500, 0, 0), null, null, null));
        DeviceIdentity second = DeviceIdentity.create("message-type-2", Optional.empty(), 1024);
        assertThatThrownBy(() -> client.enrol(second.identity(), second.keys().getPrivate(), second.csr()))
                .satisfies(e -> assertThat(e.toString() + e.getCause()).contains("500"));
    }

    @Test
    void phasesFailTheFirstRequestsThenRecover() throws Exception {
        Rule fail = new Rule(null, new IisError(503, 0, 0), null, null, null);
        ndes.useScenario(new Scenario("retry", "fail twice", null, null, null, List.of(new Phase(2, List.of(fail))), null, null, null, null));
        assertThat(List.of(get(CAPS).status(), get(CAPS).status(), get(CAPS).status())).containsExactly(503, 503, 200);
    }

    @Test
    void probabilitiesAreReproducibleFromTheSeed() throws Exception {
        List<Integer> first = statuses(20);
        List<Integer> second = statuses(20);
        assertThat(first).isEqualTo(second).contains(500, 200);
    }

    private static List<Integer> statuses(int count) throws Exception {
        ndes.useScenario(new Scenario("coin", "seeded", null, null,
                List.of(new Rule(null, new IisError(500, 0, 0), 0.5, null, null)), null, 7L, null, null, null));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(get(CAPS).status());
        }
        return statuses;
    }

    private static void use(Fault fault) {
        use(new Rule(null, fault, null, null, null));
    }

    private static void use(Rule rule) {
        ndes.useScenario(new Scenario("test", "one rule", null, null, List.of(rule), null, null, null, null, null));
    }

    private static String lastIisLine() {
        List<String> lines = ndes.server().logs().iis().recentLines();
        return lines.get(lines.size() - 1);
    }

    private static RawHttp.Response get(String target) throws IOException {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            return raw.send("GET " + target + " HTTP/1.1\r\nHost: ndes\r\n\r\n").read();
        }
    }
}
