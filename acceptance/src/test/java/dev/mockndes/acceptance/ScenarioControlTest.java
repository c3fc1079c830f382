package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.RawHttp;
import dev.mockndes.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scenarios chosen at start with --scenario, and switched at runtime through the admin API. */
class ScenarioControlTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();

    @Test
    void switchingToALibraryScenarioChangesWhatDevicesSeeAndWhatIisLogs() throws Exception {
        assertThat(caps().status()).isEqualTo(200);
        HttpResponse<String> switched = put("{\"name\":\"missing-impersonation-right\"}", "application/json");
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(switched.body()).get("documentation").get("cause").asText()).isNotBlank();

        assertThat(caps().status()).isEqualTo(500);
        ndes.server().logs().awaitWritten();
        assertThat(ndes.server().logs().iis().recentLines().get(ndes.server().logs().iis().recentLines().size() - 1)).contains(" 500 0 1346 ");
        assertThat(get("/scenario")).contains("\"name\":\"missing-impersonation-right\"");
        assertThat(get("/requests")).contains("\"fault\":\"iis-error\",\"status\":500");

        put("{\"name\":\"healthy\"}", "application/json");
        assertThat(caps().status()).isEqualTo(200);
    }

    @Test
    void anInlineYamlScenarioIsAcceptedAndABadOneIsRefusedWithItsLine() throws Exception {
        String yaml = "name: inline\ntitle: inline test\nrules:\n  - fault: {type: iis-error, status: 503, substatus: 0, win32: 0}\n";
        assertThat(put(yaml, "application/yaml").statusCode()).isEqualTo(200);
        assertThat(caps().status()).isEqualTo(503);

        HttpResponse<String> bad = put("name: inline\ntitle: t\nrules:\n  - fault: {type: iis-eror}\n", "application/yaml");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("request body:4:");
        assertThat(caps().status()).as("the previous scenario stays in force").isEqualTo(503);
        put("{\"name\":\"healthy\"}", "application/json");
    }

    @Test
    void raCertsExpiredServesRaCertificatesThatReallyExpired() throws Exception {
        put("{\"name\":\"ra-certs-expired\"}", "application/json");
        RawHttp.Response response;
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            response = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACert HTTP/1.1\r\nHost: ndes\r\n\r\n").read();
        }
        @SuppressWarnings("unchecked")
        var certificates = new java.util.ArrayList<org.bouncycastle.cert.X509CertificateHolder>(
                new org.bouncycastle.cms.CMSSignedData(response.body()).getCertificates().getMatches(null));
        assertThat(certificates).hasSize(3);
        java.util.Date now = new java.util.Date();
        assertThat(certificates.get(0).getNotAfter()).isBefore(now);
        assertThat(certificates.get(1).getNotAfter()).isBefore(now);
        assertThat(certificates.get(0).getIssuer()).isEqualTo(ndes.server().pki().ca().certificate().getSubject());
        assertThat(certificates.get(2)).isEqualTo(ndes.server().pki().ca().certificate());
        put("{\"name\":\"healthy\"}", "application/json");
    }

    @Test
    void switchingInAScenarioRaisesItsEvents() throws Exception {
        put("{\"name\":\"app-pool-stopped-crl-unreachable\"}", "application/json");
        ndes.server().logs().awaitWritten();
        assertThat(ndes.events()).anyMatch(e -> e.contains("\"eventId\":1000") && e.contains("w3wp.exe"));
        put("{\"name\":\"healthy\"}", "application/json");
    }

    @Test
    void unknownScenariosAre404AndTheLibraryIsListed() throws Exception {
        assertThat(put("{\"name\":\"no-such-thing\"}", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/scenarios")).contains("\"name\":\"app-pool-stopped\"", "\"name\":\"url-too-long\"", "\"name\":\"healthy\"");
    }

    @Test
    void serveStartsWithTheScenarioGivenOnTheCommandLine() throws Exception {
        try (ServerProcess server = ServerProcess.serve("--scenario", "app-pool-stopped")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.scepUrl() + "?operation=GetCACaps"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Server")).contains("Microsoft-HTTPAPI/2.0");
        }
    }

    private static RawHttp.Response caps() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            return raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: ndes\r\n\r\n").read();
        }
    }

    private static HttpResponse<String> put(String body, String contentType) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/scenario")).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
