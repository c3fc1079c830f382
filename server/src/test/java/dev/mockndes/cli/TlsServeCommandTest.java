package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.config.TlsSettings;
import dev.mockndes.support.ServerProcess;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The TLS options of serve, and the flow docs/deployment.md shows: serve --tls, export the CA, trust it. */
class TlsServeCommandTest {

    @Test
    void serveWithTlsPrintsAnHttpsUrlAndTheExportedCaIsAllAClientNeedsToTrustIt(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.serve("--tls")) {
            assertThat(server.scepUrl()).startsWith("https://127.0.0.1:");
            Path ca = dir.resolve("ca.pem");
            assertThat(CaExportCommandTest.run("ca", "export", "--url", server.scepUrl(), "--insecure", "--out", ca.toString()).code())
                    .isZero();

            X509Certificate anchor = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(ca)));
            SSLContext trusting = dev.mockndes.support.TrustingSsl.trusting(anchor);
            HttpResponse<String> caps = HttpClient.newBuilder().sslContext(trusting).build().send(
                    HttpRequest.newBuilder(URI.create(server.scepUrl() + "?operation=GetCACaps")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(caps.statusCode()).isEqualTo(200);
            assertThat(caps.body()).contains("POSTPKIOperation");
        }
    }

    @Test
    void tlsHostsReplaceTheDefaultsAndAPkcs12ImpliesTls(@TempDir Path dir) throws Exception {
        assertThat(tls("serve").enabled()).isFalse();
        assertThat(tls("serve", "--tls").hosts()).isEqualTo(TlsSettings.LOCAL_HOSTS);
        assertThat(tls("serve", "--tls", "--tls-host", "ndes.contoso.test", "--tls-host", "10.0.0.5").hosts())
                .containsExactly("ndes.contoso.test", "10.0.0.5");
        Path p12 = Files.write(dir.resolve("server.p12"), new byte[] {1});
        TlsSettings fromFile = tls("serve", "--tls-p12", p12.toString(), "--tls-p12-password", "pw");
        assertThat(fromFile.enabled()).isTrue();
        assertThat(fromFile.pkcs12()).contains(p12);
        assertThat(fromFile.pkcs12Password()).isEqualTo("pw");
    }

    private static TlsSettings tls(String... args) {
        CommandLine.ParseResult parsed = MockNdesCommand.commandLine().parseArgs(args);
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        return serve.options.toConfig().tls();
    }
}
