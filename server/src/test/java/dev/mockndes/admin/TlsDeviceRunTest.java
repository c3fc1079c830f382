package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.harness.HarnessCommand;
import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.pki.Certificates;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Devices against a {@code --tls} server: the dashboard's runs trust the mock's CA (they used the
 * JVM's trust store and ended in a connection error), and {@code scep-harness enrol --tls-trust FILE}
 * trusts the CA in FILE.
 */
class TlsDeviceRunTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withChallenge("s3cret").withTls(TlsSettings.localhost()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static java.util.List<String> profiles() {
        return Devices.profiles();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyDeviceRunFromTheAdminApiEnrolsOverHttps(String profile) throws Exception {
        assertThat(ndes.scepUrl()).startsWith("https://");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/devices/run"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":\"" + profile + "\",\"challenge\":\"s3cret\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode run = JSON.readTree(response.body());
        assertThat(run.get("outcome").asText()).as(response.body()).isEqualTo("success");
    }

    @Test
    void aDeviceThatTrustsOnlyTheJvmStoreIsRefusedAndToldHowToTrustTheServer() {
        DeviceRun run = Devices.run("rfc8894", new DeviceTarget(URI.create(ndes.scepUrl()), Optional.of("s3cret"), Optional.empty(),
                Duration.ofSeconds(10)));

        assertThat(run.outcome().wire()).isEqualTo("tls-failure");
        assertThat(run.outcome().detail()).contains("does not lead to a trusted CA", "--tls-trust FILE");
    }

    @Test
    void scepHarnessEnrolTrustsTheCaInTheGivenFile() throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(Certificates.encoded(ndes.server().pki().trustAnchor()))
                + "\n-----END CERTIFICATE-----\n");

        Run trusted = harness("enrol", ndes.scepUrl(), "--device", "ios", "--challenge", "s3cret", "--tls-trust", pem.toString());
        Run untrusted = harness("enrol", ndes.scepUrl(), "--device", "ios", "--challenge", "s3cret");

        assertThat(trusted.code()).as(trusted.out() + trusted.err()).isZero();
        assertThat(trusted.out()).contains("outcome: success");
        assertThat(untrusted.code()).isEqualTo(1);
        assertThat(untrusted.out()).contains("tls-failure", "--tls-trust");
    }

    @Test
    void aTrustFileThatIsNotACertificateIsAOneLineUsageError() throws Exception {
        Path notPem = Files.writeString(dir.resolve("notes.txt"), "not a certificate\n");

        Run missing = harness("enrol", ndes.scepUrl(), "--device", "ios", "--tls-trust", dir.resolve("absent.pem").toString());
        Run garbage = harness("enrol", ndes.scepUrl(), "--device", "ios", "--tls-trust", notPem.toString());

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.pem: no such file").hasLineCount(1);
        assertThat(garbage.code()).isEqualTo(2);
        assertThat(garbage.err()).contains("notes.txt: ", "PEM or DER").hasLineCount(1)
                .doesNotContainPattern("\\b[A-Z]\\w*Exception\\b");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run harness(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HarnessCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
