package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CA side of the SCEP chain through a real client: micromdm's scepclient enrols over a socket
 * while the CA cannot be reached or denies the template, and what it is told, the IIS log line and
 * the events on the NDES server and the CA are what a troubleshooter would find. The mscep_admin
 * page with an undecryptable EncryptedPassword is fetched the way MDM servers fetch it, with NTLM.
 */
class CaRefusalScenariosTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();
    private static String scepclient;

    @BeforeAll
    static void client() {
        scepclient = Processes.require("scepclient", "scep");
    }

    @Test
    void scepclientIsRefusedWithBadRequestAndEvent31SaysTheRpcServerIsUnavailable(@TempDir Path dir) throws Exception {
        ndes.useScenario("ca-unreachable");

        var result = enrol(dir, "unreachable-device");

        assertThat(result.output()).contains("failInfo: badRequest");
        assertThat(dir.resolve("cert.pem")).doesNotExist();
        ndes.server().logs().awaitWritten();
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":31").contains(
                "The Network Device Enrollment Service cannot submit the certificate request (0x800706ba). The RPC server is unavailable."));
        assertThat(ndes.events()).as("the CA never saw the request").noneMatch(event -> event.contains("\"eventId\":53"));
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line).contains("operation=GetCACert").contains(" 200 0 0 "));
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line).contains("PKIOperation").contains(" 200 0 0 "));
    }

    @Test
    void theDeviceCanBeGivenIisFiveHundredInsteadOfAFailure(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("ca-unreachable-500.yaml");
        Files.writeString(scenario, """
                name: ca-unreachable-500
                title: NDES cannot reach the CA and answers 500
                documentation: {article: test, symptom: test, cause: test, resolution: test}
                rules:
                  - match: {operation: [PKIOperation]}
                    fault: {type: ca-refusal, hresult: "0x800706ba", reason: "The RPC server is unavailable.", answer: http-500}
                expect:
                  android: {outcome: http-status, status: 500}
                """);
        ndes.useScenario(scenario);

        var result = enrol(dir, "unreachable-500-device");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("500");
        assertThat(dir.resolve("cert.pem")).doesNotExist();
        ndes.server().logs().awaitWritten();
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line).contains("PKIOperation").contains(" 500 0 0 "));
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":31").contains("(0x800706ba)"));
    }

    @Test
    void scepclientIsRefusedAndTheCaKeepsAFailedRequestWith0x80094800(@TempDir Path dir) throws Exception {
        ndes.useScenario("template-not-supported");

        var result = enrol(dir, "template-device");

        assertThat(result.output()).contains("failInfo: badRequest");
        assertThat(dir.resolve("cert.pem")).doesNotExist();
        ndes.server().logs().awaitWritten();
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":31").contains(
                "The Network Device Enrollment Service cannot submit the certificate request (The requested certificate template is "
                        + "not supported by this CA.). 0x80004005"));
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":53")
                .contains("Microsoft-Windows-CertificationAuthority").contains("0x80094800 (-2146875392)")
                .containsPattern("The request was for [^\"]*CN=template-device\\.  Additional information"));
        var http = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(ndes.adminUrl() + "/ca/failed-requests")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.body()).contains("\"statusCode\":\"0x80094800\"").contains("CN=template-device")
                .contains("The requested certificate template is not supported by this CA.");
    }

    @Test
    void theAdminPageAnswers500AfterNtlmLogonWithEvents2And49(@TempDir Path dir) throws Exception {
        ndes.useScenario("mscep-admin-password-decrypt-failed");
        String admin = ndes.scepUrl().replace("/certsrv/mscep/mscep.dll", "/certsrv/mscep_admin/");

        String answer = MscepAdminPageTest.ntlmGet("Administrator", "mock-ndes", admin);

        assertThat(answer).startsWith("500 ");
        ndes.server().logs().awaitWritten();
        List<String> iis = ndes.iisLog();
        assertThat(iis.get(iis.size() - 1)).contains("/certsrv/mscep_admin/").contains(" 500 0 0 ");
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":2,").contains(
                "The Network Device Enrollment Service cannot be started (0x8009000b). Key not valid for use in specified state."));
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":49").contains(
                "failed to decrypt the encrypted password"));
        var enrolled = enrol(dir, "device-unaffected");
        assertThat(enrolled.output()).as("devices still enrol: only the admin page fails").contains("pkiStatus=SUCCESS");
    }

    private static Processes.Result enrol(Path dir, String commonName) throws Exception {
        return Processes.run(dir, 60, List.of(scepclient, "-server-url", ndes.scepUrl(), "-challenge", "any",
                "-private-key", dir.resolve("key.pem").toString(), "-certificate", dir.resolve("cert.pem").toString(),
                "-cn", commonName));
    }
}
