package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.Processes;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenarios whose GetCACert carries a defective certificate set (wrong-recipient,
 * ios-ra-response-invalid and its variants, ra-chain-old-ca), through real sockets: the harness's
 * devices react as the scenario files declare, openssl sees the defect in the certificates the mock
 * really generated, and micromdm's scepclient (which encrypts to every certificate) still enrols
 * where clients that pick one recipient get Event 18.
 */
class CaCertificateSetTest {
    private static final String CHALLENGE = "s3cret";
    private static String openssl;
    @TempDir
    Path dir;

    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge(CHALLENGE).build();

    @BeforeAll
    static void tools() {
        openssl = Processes.require("openssl", "openssl");
    }

    /** What an MDM profile gives the device, without a thumbprint so that only the device's own checks decide. */
    private static DeviceTarget unpinned() {
        return new DeviceTarget(URI.create(ndes.scepUrl()), Optional.of(CHALLENGE), Optional.empty(), Duration.ofSeconds(20));
    }

    @Test
    void clientsEncryptingToTheCaGetA500AndNdesRaisesEvent18WhileScepclientEnrols(@TempDir Path dir) throws Exception {
        ndes.useScenario("wrong-recipient");

        String encryption = openssl(dir, certificates(dir).get(1), "x509", "-noout", "-text");
        assertThat(encryption).as("the CEP Encryption certificate allows signatures only")
                .contains("Subject: CN = MOCK-NDES-MSCEP-RA").contains("Digital Signature").doesNotContain("Key Encipherment");
        DeviceRun android = Devices.run("android", unpinned());
        assertThat(android.outcome().wire()).as("jscep encrypts to the CA\n" + android.text()).isEqualTo("http-status 500");
        DeviceRun ios = Devices.run("ios", unpinned());
        assertThat(ios.outcome().wire()).as(ios.text()).isEqualTo("http-status 500");
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":18")
                .contains("cannot decrypt the client's PKCS7 message (0x80090005)"));

        String scepclient = Processes.require("scepclient", "scep");
        var enrol = Processes.run(dir, 60, List.of(scepclient, "-server-url", ndes.scepUrl(), "-challenge", CHALLENGE,
                "-private-key", dir.resolve("key.pem").toString(), "-certificate", dir.resolve("cert.pem").toString(),
                "-cn", "micromdm-every-recipient"));
        assertThat(enrol.output()).contains("pkiStatus=SUCCESS");
        assertThat(dir.resolve("cert.pem")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ios-ra-response-invalid, sha1WithRSAEncryption",
            "ios-ra-response-invalid-pss, rsassaPss",
            "ios-ra-response-invalid-intermediate, Root,O=mock-ndes"})
    void iosStopsAfterGetCaCertAndNeverSendsGetCaCaps(String scenario, String defect) throws Exception {
        ndes.useScenario(scenario);

        List<Path> certs = certificates(dir);
        String ca = openssl(dir, certs.get(2), "x509", "-noout", "-text", "-nameopt", "compat");
        assertThat(ca).as("openssl sees the defect of the CA certificate").contains(defect);
        ndes.server().logs().awaitWritten();
        int before = ndes.iisLog().size();
        DeviceRun ios = Devices.run("ios", unpinned());
        assertThat(ios.outcome().wire()).as(ios.text()).isEqualTo("device-refused");
        assertThat(ios.outcome().detail()).contains("The Registration Authority's response is invalid");
        ndes.server().logs().awaitWritten();
        List<String> iis = ndes.iisLog();
        assertThat(iis.subList(before, iis.size())).as("GetCACert and nothing after it").hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("operation=GetCACert"));

        DeviceRun strict = Devices.run("rfc8894", unpinned());
        assertThat(strict.outcome().wire()).as("the CA keeps its key, so a client without iOS's check enrols\n" + strict.text())
                .isEqualTo("success");
    }

    @Test
    void windowsLogsCapi2Event30And307And32WhenTheRaCertificatesChainToTheOldCaKey(@TempDir Path dir) throws Exception {
        ndes.useScenario("ra-chain-old-ca");

        List<Path> certs = certificates(dir);
        var verify = Processes.run(dir, 30, List.of(openssl, "verify", "-CAfile", certs.get(2).toString(), certs.get(0).toString()));
        assertThat(verify.exitCode()).as(verify.output()).isNotZero();
        assertThat(verify.output()).as("the renewed CA has the RA certificates' issuer name but not their key")
                .contains("unable to get local issuer certificate");
        DeviceRun windows = Devices.run("windows", unpinned());
        assertThat(windows.outcome().wire()).as(windows.text()).isEqualTo("device-refused");
        assertThat(windows.log()).anySatisfy(l -> assertThat(l).startsWith("CAPI2 30").contains("[0x800B0109]"));
        assertThat(windows.log()).anySatisfy(l -> assertThat(l).startsWith("Event 307").contains("0x800B0109"));
        assertThat(windows.log()).anySatisfy(l -> assertThat(l).startsWith("Event 32").containsIgnoringCase("Result: (0x800b0109)"));
        ndes.server().logs().awaitWritten();
        assertThat(ndes.iisLog()).as("Windows stops before PKIOperation").noneSatisfy(l -> assertThat(l).contains("PKIOperation"));
    }

    /** GetCACert's certificates, in order, each written to a PEM file. */
    private static List<Path> certificates(Path dir) throws Exception {
        byte[] body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACert&message=ca"))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        List<Path> files = new ArrayList<>();
        for (Object cert : new CMSSignedData(body).getCertificates().getMatches(null)) {
            Path file = dir.resolve("getcacert-" + files.size() + ".pem");
            Files.writeString(file, pem((X509CertificateHolder) cert));
            files.add(file);
        }
        return files;
    }

    private static String openssl(Path dir, Path pem, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(openssl));
        command.addAll(List.of(args));
        command.addAll(List.of("-in", pem.toString()));
        var result = Processes.run(dir, 30, command);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    private static String pem(Object object) throws Exception {
        try (var writer = new StringWriter(); var pem = new JcaPEMWriter(writer)) {
            pem.writeObject(object);
            pem.flush();
            return writer.toString();
        }
    }
}
