package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.pki.Certificates;
import dev.mockndes.support.Processes;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mock-ndes ca export} against running servers: one CA, a two-tier PKI behind TLS. */
class CaExportCommandTest {
    @RegisterExtension
    static final SharedServer single = SharedServer.of(ServerSetup.defaults());
    @RegisterExtension
    static final SharedServer twoTierTls = SharedServer.of(ServerSetup.defaults().withTls(TlsSettings.localhost())
            .withRoot("CN=Export Root"));

    @TempDir
    Path dir;

    @Test
    void printsTheCaAsPemThatOpensslReads() throws Exception {
        Run run = run("ca", "export", "--url", single.scepUrl());

        assertThat(run.code).isZero();
        assertThat(parse(run.out)).containsExactly(Certificates.toX509(single.server().pki().ca().certificate()));
        Path file = Files.writeString(dir.resolve("ca.pem"), run.out);
        assertThat(openssl("x509", "-in", file.toString(), "-noout", "-subject").output()).contains("MOCK-NDES");
    }

    @Test
    void writesDerToAFile() throws Exception {
        Path file = dir.resolve("ca.cer");

        Run run = run("ca", "export", "--url", single.scepUrl(), "--format", "der", "--out", file.toString());

        assertThat(run.code).isZero();
        assertThat(run.out).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(Certificates.encoded(single.server().pki().ca().certificate()));
        assertThat(openssl("x509", "-inform", "DER", "-in", file.toString(), "-noout").exitCode()).isZero();
    }

    @Test
    void inATwoTierPkiExportsTheRootAndWithChainTheIssuingCaFirstOverHttpsWithInsecure() throws Exception {
        Path rootFile = dir.resolve("root.pem");
        Path chainFile = dir.resolve("chain.pem");

        assertThat(run("ca", "export", "--url", twoTierTls.scepUrl(), "--insecure", "--out", rootFile.toString()).code).isZero();
        assertThat(run("ca", "export", "--url", twoTierTls.scepUrl(), "--insecure", "--chain", "--out", chainFile.toString()).code)
                .isZero();

        X509Certificate root = Certificates.toX509(twoTierTls.server().pki().trustAnchor());
        X509Certificate issuing = Certificates.toX509(twoTierTls.server().pki().ca().certificate());
        assertThat(parse(Files.readString(rootFile))).containsExactly(root);
        assertThat(parse(Files.readString(chainFile))).containsExactly(issuing, root);
        assertThat(openssl("verify", "-CAfile", rootFile.toString(), chainFile.toString()).output()).contains("OK");
    }

    @Test
    void overHttpsWithoutInsecureTheUntrustedServerIsExplained() {
        Run run = run("ca", "export", "--url", twoTierTls.scepUrl());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).startsWith("mock-ndes: cannot fetch GetCACert from https://").contains("not trusted", "--insecure").hasLineCount(2);
    }

    @Test
    void jsonDescribesTheCertificatesWithTheThumbprintsOfTheReadyLine() throws Exception {
        Run run = run("ca", "export", "--url", single.scepUrl(), "--json");

        assertThat(run.code).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out);
        JsonNode ca = json.get("certificates").get(0);
        assertThat(json.get("certificates")).hasSize(1);
        assertThat(ca.get("sha256").asText()).isEqualTo(single.server().caThumbprints().sha256());
        assertThat(ca.get("sha1").asText()).isEqualTo(single.server().caThumbprints().sha1());
        assertThat(parse(ca.get("pem").asText())).containsExactly(Certificates.toX509(single.server().pki().ca().certificate()));
    }

    @Test
    void badCombinationsAndUnreachableServersAreExplainedWithANonZeroExit() throws Exception {
        Run chainDer = run("ca", "export", "--url", single.scepUrl(), "--format", "der", "--chain", "--out", "x.cer");
        Run derToTerminal = run("ca", "export", "--url", single.scepUrl(), "--format", "der");
        Run nobody;
        try (var socket = new java.net.ServerSocket(0)) {
            socket.close();
            nobody = run("ca", "export", "--url", "http://127.0.0.1:" + socket.getLocalPort() + "/certsrv/mscep/mscep.dll");
        }

        assertThat(chainDer.code).isEqualTo(2);
        assertThat(chainDer.err).contains("--format der holds one certificate").hasLineCount(1);
        assertThat(derToTerminal.code).isEqualTo(2);
        assertThat(derToTerminal.err).contains("give --out FILE").hasLineCount(1);
        assertThat(nobody.code).isEqualTo(1);
        assertThat(nobody.err).startsWith("mock-ndes: cannot fetch GetCACert from http://127.0.0.1:").contains("Connection refused").hasLineCount(2);
    }

    @Test
    void aServerAnsweringWithAnErrorIsReportedWithItsStatus() throws Exception {
        single.server().scenario().use(dev.mockndes.scenario.ScenarioLibrary.builtIn().get("app-pool-stopped"));

        Run run = run("ca", "export", "--url", single.scepUrl());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).startsWith("mock-ndes: cannot fetch GetCACert from " + single.scepUrl() + ": it answered HTTP 503\n")
                .hasLineCount(2);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<X509Certificate> parse(String pem) throws Exception {
        List<X509Certificate> certificates = new ArrayList<>();
        CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                .forEach(c -> certificates.add((X509Certificate) c));
        return certificates;
    }

    private Processes.Result openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Processes.require("openssl", "openssl")));
        command.addAll(List.of(args));
        Processes.Result result = Processes.run(dir, 30, command);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result;
    }
}
