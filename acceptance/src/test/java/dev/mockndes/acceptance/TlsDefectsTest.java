package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.config.TlsSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.harness.device.TlsTrust;
import dev.mockndes.harness.probe.Probe;
import dev.mockndes.harness.probe.ProbeReport;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.Processes;
import dev.mockndes.support.TrustingSsl;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.jscep.client.Client;
import org.jscep.transport.UrlConnectionTransportFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TLS scenario files on a {@code --tls} server, through real TLS sockets: OpenSSL's s_client,
 * trusting the mock CA and checking the host name, reports each defect in its own words; jscep (the
 * Android agent's library) fails its handshake; each device profile reports {@code tls-failure} with
 * the reason; {@code scep-harness probe} names the scenario. The healthy scenario is the control.
 */
class TlsDefectsTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge("s3cret").tls(TlsSettings.localhost()).build();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tls-expired-certificate | certificate has expired",
            "tls-wrong-host          | hostname mismatch",
            "tls-untrusted-chain     | self-signed certificate in certificate chain",
            "tls-old-protocol        | no peer certificate available"})
    void opensslSeesTheDefectOfTheScenario(String scenario, String opensslSays) throws Exception {
        ndes.useScenario(scenario);

        Processes.Result handshake = sClient();

        assertThat(handshake.output()).as(handshake.output()).contains(opensslSays);
        assertThat(handshake.exitCode()).as("s_client gives up on the handshake").isNotZero();
    }

    @Test
    void opensslVerifiesTheSoundCertificateUnderTheHealthyScenario() throws Exception {
        ndes.useScenario("healthy");

        Processes.Result handshake = sClient();

        assertThat(handshake.output()).as(handshake.output()).contains("Verify return code: 0 (ok)");
        assertThat(handshake.exitCode()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tls-expired-certificate | has expired",
            "tls-wrong-host          | for another host name (WinHTTP 12175",
            "tls-untrusted-chain     | does not lead to a trusted CA",
            "tls-old-protocol        | ended the handshake before sending a certificate"})
    void everyDeviceReportsATlsFailureAndTheProbeNamesTheScenario(String scenario, String reason) throws Exception {
        ndes.useScenario(scenario);
        int issuedBefore = ndes.issuedCertificates().size();
        DeviceTarget target = new DeviceTarget(URI.create(ndes.scepUrl()), Optional.of("s3cret"),
                Optional.of(ndes.server().caThumbprints().sha256()), Duration.ofSeconds(10), TlsTrust.anchors(List.of(ndes.caCertificate())));

        for (String profile : Devices.profiles()) {
            DeviceRun run = Devices.run(profile, target);
            assertThat(run.outcome().wire()).as(profile + "\n" + run.text()).isEqualTo("tls-failure");
            assertThat(run.outcome().detail()).as(profile).contains(reason);
        }
        ProbeReport report = new Probe(target, "rfc8894").run();
        assertThat(report.diagnosis().id()).as(report.text()).isEqualTo(scenario);
        assertThat(ndes.issuedCertificates()).as("nothing got through to the CA").hasSize(issuedBefore);
    }

    @Test
    void jscepFailsItsHandshakeWithAnExpiredCertificateAndEnrolsOnceItIsRenewed() throws Exception {
        ndes.useScenario("tls-expired-certificate");
        DeviceIdentity device = DeviceIdentity.create("android-tls", Optional.of("s3cret"));

        assertThatThrownBy(() -> jscep().enrol(device.identity(), device.keys().getPrivate(), device.csr()))
                .hasRootCauseInstanceOf(java.security.cert.CertificateExpiredException.class)
                .satisfies(error -> assertThat(chain(error)).anyMatch(SSLHandshakeException.class::isInstance));

        ndes.useScenario("healthy");
        assertThat(jscep().enrol(device.identity(), device.keys().getPrivate(), device.csr()).isSuccess()).isTrue();
    }

    private static Client jscep() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        client.setTransportFactory(new UrlConnectionTransportFactory(TrustingSsl.trusting(ndes.caCertificate()).getSocketFactory()));
        return client;
    }

    private Processes.Result sClient() throws Exception {
        String openssl = Processes.require("openssl", "openssl");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ndes.caCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return Processes.run(dir, 30, List.of(openssl, "s_client", "-connect", "127.0.0.1:" + ndes.server().port(),
                "-servername", "localhost", "-verify_hostname", "localhost", "-verify_return_error", "-CAfile", ca.toString()));
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
