package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/junit.md, and what reset means: the tests run in order so the later ones see what the earlier ones left. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisteredExtensionTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().scenario("healthy").challenge("s3cret").build();

    private static int firstPort;

    @Test
    @Order(1)
    void jscepEnrolsAtTheScepUrlTrustingTheCaCertificateAndTheServerRecordsIt() throws Exception {
        firstPort = ndes.server().port();

        X509Certificate issued = Devices.issued(Devices.enrol(ndes, "junit-device", "s3cret"));

        issued.verify(ndes.caCertificate().getPublicKey());
        assertThat(ndes.issuedCertificates()).containsExactly(issued);
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line)
                .contains(" POST /certsrv/mscep/mscep.dll operation=PKIOperation ").contains(" 200 0 0 "));
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line).contains(" GET /certsrv/mscep/mscep.dll operation=GetCACert&"));
    }

    @Test
    @Order(2)
    void useScenarioChangesWhatDevicesSee() throws Exception {
        ndes.useScenario("app-pool-stopped");

        assertThat(getCaCaps().statusCode()).isEqualTo(503);
        assertThat(ndes.scenario().name()).isEqualTo("app-pool-stopped");
        assertThat(ndes.httpErrLog()).anySatisfy(line -> assertThat(line).contains("503 1 AppOffline SCEP"));
        assertThat(ndes.events()).anySatisfy(line -> assertThat(line).contains("\"eventId\":1000"));
        assertThat(ndes.iisLog()).as("HTTP.sys answered; IIS never saw the request").isEmpty();
    }

    @Test
    @Order(3)
    void theNextTestFindsTheInitialScenarioAndEmptyViewsOnTheSameServer() throws Exception {
        assertThat(ndes.server().port()).isEqualTo(firstPort);
        assertThat(ndes.scenario().name()).isEqualTo("healthy");
        assertThat(ndes.iisLog()).isEmpty();
        assertThat(ndes.httpErrLog()).isEmpty();
        assertThat(ndes.issuedCertificates()).isEmpty();
        assertThat(ndes.server().certificates().count()).as("the store keeps every certificate").isEqualTo(1);

        assertThat(getCaCaps().statusCode()).isEqualTo(200);
        assertThat(ndes.iisLog()).singleElement().asString().contains("operation=GetCACaps");
    }

    @Test
    @Order(4)
    void theChallengeFromTheBuilderIsEnforced() throws Exception {
        EnrollmentResponse response = Devices.enrol(ndes, "wrong-secret", "guess");

        assertThat(response.isFailure()).isTrue();
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
        assertThat(ndes.issuedCertificates()).isEmpty();
    }

    @Test
    @Order(5)
    void useScenarioTakesAYamlFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teapot.yaml");
        Files.writeString(file, """
                name: teapot
                title: GetCACaps answers 418
                rules:
                  - match: {operation: [GetCACaps]}
                    fault: {type: iis-error, status: 418}
                """);

        ndes.useScenario(file.toString());

        assertThat(getCaCaps().statusCode()).isEqualTo(418);
        ndes.reset();
        assertThat(getCaCaps().statusCode()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void testMethodsCanAskForTheServerOrTheExtension(MockNdes server, MockNdesExtension extension) {
        assertThat(server).isSameAs(ndes.server());
        assertThat(extension).isSameAs(ndes);
    }

    private static HttpResponse<String> getCaCaps() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACaps")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
