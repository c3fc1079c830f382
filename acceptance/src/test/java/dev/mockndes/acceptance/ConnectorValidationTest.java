package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.admin.NdesLog;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.ndes.log.LogLayout;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Intune connector's side of NDES in {@code intune} challenge mode, enrolled through by jscep
 * over real sockets: the plugin's VerifyRequest (and Notify) calls in the IIS log, NDESPlugin.log,
 * CertificateRegistrationPoint.svclog and the connector events, for a healthy enrolment, for real
 * challenge refusals, and for each connector scenario of the library.
 */
class ConnectorValidationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERIFY = "POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - ";
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .challenge(ChallengeSettings.none().withMode(ChallengeMode.INTUNE, Optional.empty())).build();
    @Test
    void aHealthyEnrolmentIsVerifiedWith201ReturnsTrueAndIsReportedWithNotify204() throws Exception {
        assertThat(enrol("connector-ok", mint("connector-ok", 60)).isSuccess()).isTrue();
        ndes.server().logs().awaitWritten();

        List<String> iis = ndes.iisLog();
        int verify = indexOf(iis, VERIFY);
        int pkiOperation = indexOf(iis, "operation=PKIOperation");
        assertThat(iis.get(verify)).contains(" NDES_Plugin - 201 0 0 ");
        assertThat(verify).as("the plugin's call happens while NDES answers the PKIOperation").isLessThan(pkiOperation);
        assertThat(iis).anyMatch(line -> line.contains("POST /CertificateRegistrationSvc/Certificate/Notify - 443 - ")
                && line.contains(" NDES_Plugin - 204 0 0 "));
        assertThat(pluginLines()).containsSubsequence("Verify challenge returns true", "Exiting VerifyRequest with 0x0",
                "Calling Notifyrequest ...", "Exiting Notify with 0x0");
        assertThat(registrationPointLines()).containsSubsequence("Validation Phase 1 finished with status True.",
                "Validation Phase 3 finished with status True.", "VerifyRequest Finished with status True");
        assertThat(ndes.events()).anyMatch(e -> e.contains("\"eventId\":20500") && e.contains("CN=connector-ok"))
                .anyMatch(e -> e.contains("\"eventId\":20600"));

        // Where a troubleshooter looks: the files beside the IIS log, and the admin API.
        String file = Files.readString(LogLayout.ndesPluginFile(ndes.config().logDir()), StandardCharsets.UTF_8);
        assertThat(file).contains("<![LOG[Verify challenge returns true]LOG]!>", "component=\"NDESPlugin\"", "\r\n");
        assertThat(Files.readString(LogLayout.certificateRegistrationPointFile(ndes.config().logDir()), StandardCharsets.UTF_8))
                .contains("<ApplicationData>VerifyRequest Finished with status True</ApplicationData>");
        HttpResponse<String> api = get("/logs/ndes-plugin?lines=1");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(api.body().lines().toList()).singleElement().satisfies(line -> assertThat(line).contains("Exiting Notify with 0x0"));
        assertThat(get("/logs/certificate-registration-point?lines=2").body()).contains("Notify Finished with status True");
        assertThat(get("/logs/ndes-plugin?lines=many").statusCode()).isEqualTo(400);
    }

    @Test
    void anExpiredChallengeReturnsFalseWithEvent20501AndCode0x411() throws Exception {
        EnrollmentResponse response = enrol("connector-late", mint("connector-late", -1));
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
        ndes.server().logs().awaitWritten();

        assertThat(ndes.iisLog()).anyMatch(line -> line.contains(VERIFY) && line.contains(" NDES_Plugin - 201 0 0 "))
                .noneMatch(line -> line.contains("/Certificate/Notify"));
        assertThat(pluginLines()).contains("Verify challenge returns false").doesNotContain("Verify challenge returns true");
        assertThat(registrationPointLines()).contains("VerifyRequest Finished with status False");
        assertThat(ndes.events()).anyMatch(e -> e.contains("\"eventId\":20501") && e.contains("0x00000411 (CRPSCEPChallenge_Expired)"));
    }

    @Test
    void aChallengeThatIsNotEvenBase64CannotBeDeserialized() throws Exception {
        assertThat(enrol("connector-garbled", "this is no Intune challenge!").getFailInfo()).isEqualTo(FailInfo.badRequest);
        ndes.server().logs().awaitWritten();

        assertThat(ndes.events()).anyMatch(e -> e.contains("\"eventId\":20502") && e.contains("0x00000410 (CRPSCEPDeserialize_Failed)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "connector-challenge-expired    | 201 0 0          | Verify challenge returns false                       | 20501",
            "connector-challenge-mismatch   | 201 0 0          | Verify challenge returns false                       | 20501",
            "connector-signing-cert-missing | 201 0 0          | Verify challenge returns false                       | 20502",
            "connector-intermediate-in-root | 403 16 2148204809 | <title>403 - Forbidden: Access is denied.</title>  | ",
            "connector-service-error        | 500 0 0          | <title>500 - Internal server error.</title>          | 1310"})
    void eachConnectorScenarioRefusesAValidChallengeWithItsOwnLines(String scenario, String iisStatus, String pluginLine, String eventId)
            throws Exception {
        ndes.useScenario(scenario);
        String name = "connector-" + Math.abs(scenario.hashCode());
        EnrollmentResponse response = enrol(name, mint(name, 60));
        assertThat(response.isFailure()).isTrue();
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
        ndes.server().logs().awaitWritten();

        assertThat(ndes.iisLog()).anyMatch(line -> line.contains(VERIFY) && line.contains(" NDES_Plugin - " + iisStatus + " "))
                .anyMatch(line -> line.contains("operation=PKIOperation") && line.contains(" 200 0 0 "));
        assertThat(pluginLines()).anyMatch(line -> line.contains(pluginLine)).contains("Exiting VerifyRequest with 0x80004005");
        if (eventId != null) {
            assertThat(ndes.events()).anyMatch(e -> e.contains("\"eventId\":" + eventId));
        }
        if (scenario.equals("connector-signing-cert-missing")) {
            assertThat(registrationPointLines()).anyMatch(line -> line.contains("m_safeCertContext is an invalid handle"));
            assertThat(ndes.events()).anyMatch(e -> e.contains("0x00000409 (CRPSCEPSigningCert_NotFound)"));
        }
        if (scenario.equals("connector-service-error")) {
            assertThat(ndes.events()).anyMatch(e -> e.contains("\"eventId\":5009") && e.contains("0x0000374"));
        }
        if (!iisStatus.startsWith("201")) {
            assertThat(registrationPointLines()).as("the request never reached the registration point's code").isEmpty();
        }
    }

    private List<String> pluginLines() {
        return ndes.log(NdesLog.NDES_PLUGIN).stream().map(ConnectorValidationTest::cmTraceText).toList();
    }

    private List<String> registrationPointLines() {
        return ndes.log(NdesLog.CERTIFICATE_REGISTRATION_POINT).stream()
                .map(line -> line.substring(line.indexOf("<ApplicationData>") + "<ApplicationData>".length(), line.indexOf("</ApplicationData>")))
                .toList();
    }

    private static String cmTraceText(String line) {
        return line.substring("<![LOG[".length(), line.indexOf("]LOG]!>"));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line contains '" + part + "' in " + lines);
    }

    private static EnrollmentResponse enrol(String name, String challenge) throws Exception {
        DeviceIdentity device = DeviceIdentity.create(name, Optional.of(challenge), 1024);
        return JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
    }

    /** A challenge for the identity {@link DeviceIdentity#create} gives {@code name}. */
    private static String mint(String name, int validityMinutes) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/intune/challenges"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "subject", "CN=" + name + ",O=scep-harness", "validityMinutes", validityMinutes,
                        "subjectAltNames", List.of("dns:" + name + ".devices.test", "email:" + name + "@devices.test"))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("challenge").asText();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
