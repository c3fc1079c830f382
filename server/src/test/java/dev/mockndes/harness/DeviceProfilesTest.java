package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.harness.device.Outcome;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each device profile behaves on the wire as its real counterpart does (what NDES's IIS log shows
 * of it) and applies its own checks: thumbprint, RA certificates, caps, strict RFC 8894 replies.
 */
class DeviceProfilesTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    private static DeviceTarget target() {
        return new DeviceTarget(URI.create(ndes.scepUrl()), Optional.of("s3cret"), Optional.of(ndes.server().caThumbprints().sha256()),
                Duration.ofSeconds(10));
    }

    /** The IIS lines of this test's requests. */
    private static List<String> iisLines() throws InterruptedException {
        ndes.server().logs().awaitWritten();
        return ndes.iisLog();
    }

    private static void use(String yaml) {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().parse("test", yaml));
    }

    @Test
    void androidUsesMessageCaTheDalvikAgentAndPostsItsRequest() throws Exception {
        DeviceRun run = Devices.run("android", target());

        assertThat(run.outcome()).isInstanceOf(Outcome.Success.class);
        assertThat(String.join("\n", run.log())).contains("Sending GetCACaps(ca) to ", "Received '200 OK' when sending GetCACaps(ca)",
                "CertificateEnrollmentManager", "Signing pkiMessage using key belonging to");
        List<String> iis = iisLines();
        assertThat(iis).anySatisfy(l -> assertThat(l).contains("GET /certsrv/mscep/mscep.dll operation=GetCACert&message=ca")
                .contains("Dalvik/2.1.0+(Linux;+U;+Android+5.0;+P01M+Build/LRX21V)"));
        assertThat(iis).anySatisfy(l -> assertThat(l).contains("POST /certsrv/mscep/mscep.dll operation=PKIOperation"));
    }

    @Test
    void iosAsksForTheCaCertFirstAndSendsItsRequestByGetWithRawBase64() throws Exception {
        DeviceRun run = Devices.run("ios", target());

        assertThat(run.outcome()).isInstanceOf(Outcome.Success.class);
        assertThat(String.join("\n", run.log())).contains("profiled    Performing synchronous URL request: ", "message=SCEP%20Authority",
                "Attempting to retrieve issued certificate...", "Sending CSR via GET.");
        List<String> iis = iisLines();
        assertThat(iis).hasSize(3);
        assertThat(iis.get(0)).contains("operation=GetCACert&message=SCEP%20Authority", "profiled/1.0+CFNetwork/811.5.4+Darwin/16.6.0");
        assertThat(iis.get(1)).contains("operation=GetCACaps&message=SCEP%20Authority");
        assertThat(iis.get(2)).contains("GET /certsrv/mscep/mscep.dll operation=PKIOperation&message=MI").doesNotContain("%2B", "%2F");
    }

    @Test
    void windowsAppendsPkiclientExeAndLogsItsEvents() throws Exception {
        DeviceRun run = Devices.run("windows", target());

        assertThat(run.outcome()).isInstanceOf(Outcome.Success.class);
        assertThat(run.log()).anySatisfy(l -> assertThat(l).startsWith("Event 306"));
        assertThat(run.log()).anySatisfy(l -> assertThat(l).startsWith("Event 36").contains("SCEP: Certificate request generated successfully",
                "/certsrv/mscep/mscep.dll/pkiclient.exe"));
        assertThat(run.log()).anySatisfy(l -> assertThat(l).startsWith("Event 39").contains("SCEP: Certificate installed successfully"));
        List<String> iis = iisLines();
        assertThat(iis.get(0)).contains("GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=default",
                "Mozilla/4.0+(compatible;+Win32;+NDES+client)");
        assertThat(iis.get(1)).contains("operation=GetCACert&message=default");
        assertThat(iis.get(2)).contains("GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios", "macos", "windows", "rfc8894"})
    void everyDeviceRefusesACaWhoseThumbprintIsNotTheConfiguredOne(String device) {
        DeviceRun run = Devices.run(device, target().withCaSha256("00".repeat(32)));

        assertThat(run.outcome().wire()).as(run.text()).isEqualTo("device-refused");
    }

    @Test
    void windowsAndMacosRefuseRaCertificatesNotIssuedByTheCaWhileIosEnrols() {
        use("""
                name: foreign-ra
                title: RA certificates signed by another CA
                rules:
                  - match: {operation: [GetCACert]}
                    fault: {type: ra-certificates, notBeforeDays: -1, notAfterDays: 365, issuedByCa: false}
                """);
        assertThat(Devices.run("windows", target()).outcome().wire()).isEqualTo("device-refused");
        assertThat(Devices.run("macos", target()).outcome().wire()).isEqualTo("device-refused");
        DeviceRun windows = Devices.run("windows", target());
        assertThat(windows.log()).anySatisfy(l -> assertThat(l).startsWith("Event 32").contains("Result: (0x80092004)"));
    }

    @Test
    void appleAndTheStrictClientGiveUpWithoutAUsableDigestInTheCaps() {
        use("""
                name: weak-caps
                title: caps without SHA-2, SHA-1 or AES
                rules:
                  - match: {operation: [GetCACaps]}
                    fault: {type: caps, keywords: [POSTPKIOperation, DES3]}
                """);
        DeviceRun ios = Devices.run("ios", target());
        assertThat(ios.outcome().wire()).isEqualTo("device-refused");
        assertThat(ios.outcome().detail()).contains("insufficient CA caps");
        assertThat(Devices.run("rfc8894", target()).outcome().wire()).isEqualTo("device-refused");
        assertThat(Devices.run("android", target()).outcome().wire()).as("jscep falls back to its defaults").isEqualTo("success");
    }

    @Test
    void theStrictClientRejectsAPkiOperationAnswerWithTheWrongContentType() {
        use("""
                name: wrong-type
                title: PKIOperation answered as text/html
                rules:
                  - match: {operation: [PKIOperation]}
                    fault: {type: wrong-content-type, contentType: text/html}
                """);
        DeviceRun run = Devices.run("rfc8894", target());

        assertThat(run.outcome().wire()).isEqualTo("invalid-response");
        assertThat(run.outcome().detail()).contains("text/html");
    }

    @Test
    void aDeviceThatGetsNoAnswerInTimeReportsATimeout() {
        use("""
                name: hung
                title: no answer
                rules:
                  - fault: {type: hang, maxMillis: 5000}
                """);
        DeviceRun run = Devices.run("ios", target().withTimeout(Duration.ofMillis(300)));

        assertThat(run.outcome().wire()).isEqualTo("timeout");
    }

    @Test
    void anUnknownProfileIsRefusedWithTheKnownNames() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Devices.run("nokia", target()))
                .hasMessageContaining("android, ios, macos, windows, rfc8894");
    }
}
