package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin endpoints behind the dashboard, without a browser: the page, /ca, /certificates, revoke, /devices. */
class DashboardAdminApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();

    @Test
    void theDashboardAndItsFilesAreServedWithTheirContentTypes() throws Exception {
        HttpResponse<String> page = send("GET", "/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"/dashboard.js\"", "id=\"device-run\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));

        HttpResponse<String> script = send("GET", "/dashboard.js", null);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("/devices/run", "sessionStorage");
        HttpResponse<String> style = send("GET", "/dashboard.css", null);
        assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(style.body()).contains(".scenario-list");
    }

    @Test
    void caShowsTheThumbprintsOfTheTrustAnchorAndTheScepUrl() throws Exception {
        JsonNode ca = json(send("GET", "/ca", null));
        assertThat(ca.get("thumbprints").get("sha1").asText()).isEqualTo(ndes.server().caThumbprints().sha1());
        assertThat(ca.get("thumbprints").get("sha256").asText()).isEqualTo(ndes.server().caThumbprints().sha256());
        assertThat(ca.get("thumbprints").get("md5").asText()).isEqualTo(ndes.server().caThumbprints().md5());
        assertThat(ca.get("subject").asText()).isEqualTo(ndes.server().pki().trustAnchor().getSubject().toString());
        assertThat(ca.get("scepUrl").asText()).isEqualTo(ndes.scepUrl());
    }

    @Test
    void certificatesListsAnEnrolledDeviceNewestFirstAndRevokeMarksIt() throws Exception {
        X509Certificate first = enrol("dash-first");
        X509Certificate second = enrol("dash-second");

        JsonNode listing = json(send("GET", "/certificates?limit=2", null));
        assertThat(listing.get("count").asLong()).isEqualTo(ndes.server().certificates().count());
        assertThat(listing.get("certificates")).hasSize(2);
        JsonNode newest = listing.get("certificates").get(0);
        assertThat(newest.get("serial").asText()).isEqualTo(second.getSerialNumber().toString(16));
        assertThat(newest.get("subject").asText()).isEqualTo("CN=dash-second,O=scep-harness");
        assertThat(Instant.parse(newest.get("notBefore").asText())).isEqualTo(second.getNotBefore().toInstant());
        assertThat(Instant.parse(newest.get("notAfter").asText())).isEqualTo(second.getNotAfter().toInstant());
        assertThat(newest.get("revoked").asBoolean()).isFalse();
        assertThat(newest.get("revokedAt").isNull()).isTrue();
        assertThat(newest.get("reason").isNull()).isTrue();
        assertThat(listing.get("certificates").get(1).get("serial").asText()).isEqualTo(first.getSerialNumber().toString(16));

        String serial = first.getSerialNumber().toString(16).toUpperCase();
        HttpResponse<String> revoked = send("POST", "/certificates/" + serial + "/revoke", "{\"reason\":1}");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).get("revoked").asBoolean()).isTrue();
        assertThat(json(revoked).get("reason").asInt()).isEqualTo(1);
        assertThat(Instant.parse(json(revoked).get("revokedAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(ndes.server().certificates().revocation(first.getSerialNumber())).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(1));

        HttpResponse<String> again = send("POST", "/certificates/" + serial + "/revoke", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("error").asText()).contains("already revoked");
        assertThat(ndes.server().certificates().revocation(first.getSerialNumber())).hasValueSatisfying(r -> assertThat(r.reason())
                .as("the first revocation stands").isEqualTo(1));

        HttpResponse<String> withoutBody = send("POST", "/certificates/" + second.getSerialNumber().toString(16) + "/revoke", null);
        assertThat(json(withoutBody).get("reason").asInt()).as("unspecified").isZero();
    }

    @Test
    void revokingAnUnknownSerialIs404AndABadSerialOrReasonIs400() throws Exception {
        HttpResponse<String> unknown = send("POST", "/certificates/" + BigInteger.TWO.pow(100).toString(16) + "/revoke", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).contains("no certificate with serial");

        assertThat(send("POST", "/certificates/not-hex/revoke", null).statusCode()).isEqualTo(400);
        assertThat(json(send("POST", "/certificates/not-hex/revoke", null)).get("error").asText()).contains("hexadecimal");
        HttpResponse<String> badReason = send("POST", "/certificates/0a/revoke", "{\"reason\":7}");
        assertThat(badReason.statusCode()).isEqualTo(400);
        assertThat(json(badReason).get("error").asText()).contains("CRLReason");
        assertThat(send("POST", "/certificates/0a/revoke", "{\"why\":1}").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/certificates/0a/revoke", null).statusCode()).isEqualTo(405);
        assertThat(send("GET", "/certificates?limit=-1", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/certificates?limit=many", null).statusCode()).isEqualTo(400);
    }

    @Test
    void runningAnAndroidDeviceEnrolsItAndReportsSuccessWithItsLog() throws Exception {
        assertThat(json(send("GET", "/devices", null)).get("profiles").get(0).asText()).isEqualTo("android");

        HttpResponse<String> run = send("POST", "/devices/run", "{\"profile\":\"android\"}");

        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode result = json(run);
        assertThat(result.get("profile").asText()).isEqualTo("android");
        assertThat(result.get("outcome").asText()).isEqualTo("success");
        assertThat(result.get("log").toString()).contains("Sending GetCACaps(ca)",
                "Received '200 OK' when sending PKIOperation", "outcome: success");
        assertThat(ndes.issuedCertificates()).as("one certificate since the reset before this test").hasSize(1);
    }

    @Test
    void aDeviceFacingAStoppedAppPoolReportsTheHttpStatus() throws Exception {
        put("app-pool-stopped");
        try {
            JsonNode result = json(send("POST", "/devices/run", "{\"profile\":\"android\",\"challenge\":\"anything\"}"));
            assertThat(result.get("outcome").asText()).isEqualTo("http-status 503");
            assertThat(result.get("log").toString()).contains("Sending GetCACaps(ca)", "503", "outcome: http-status 503");
        } finally {
            put("healthy");
        }
    }

    @Test
    void anUnknownProfileIs400AndNamesTheKnownOnes() throws Exception {
        HttpResponse<String> run = send("POST", "/devices/run", "{\"profile\":\"blackberry\"}");
        assertThat(run.statusCode()).isEqualTo(400);
        assertThat(json(run).get("error").asText()).contains("blackberry", "known: android");
        assertThat(send("POST", "/devices/run", "{}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/devices/run", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void scenarioShowsWhatEachDeviceShouldSee() throws Exception {
        JsonNode scenario = json(put("app-pool-stopped"));
        try {
            assertThat(scenario.get("expect").get("android").get("outcome").asText()).isEqualTo("http-status");
            assertThat(scenario.get("expect").get("android").get("status").asInt()).isEqualTo(503);
        } finally {
            put("healthy");
        }
    }

    @Test
    void withATokenThePageStaysPublicButItsDataDoesNot() throws Exception {
        try (MockNdes guarded = MockNdes.start(ServerConfig.defaults().withAdminToken("t0ken"))) {
            assertThat(send(guarded, "GET", "/", null, null).statusCode()).isEqualTo(200);
            assertThat(send(guarded, "GET", "/dashboard.js", null, null).statusCode()).isEqualTo(200);
            assertThat(send(guarded, "GET", "/health", null, null).statusCode()).isEqualTo(200);
            assertThat(send(guarded, "GET", "/certificates", null, null).statusCode()).isEqualTo(401);
            assertThat(send(guarded, "POST", "/devices/run", "{\"profile\":\"android\"}", null).statusCode()).isEqualTo(401);
            assertThat(send(guarded, "POST", "/certificates/0a/revoke", null, null).statusCode()).isEqualTo(401);
            assertThat(send(guarded, "GET", "/ca", null, "t0ken").statusCode()).isEqualTo(200);
        }
    }

    private static X509Certificate enrol(String name) throws Exception {
        DeviceIdentity device = DeviceIdentity.create(name, Optional.empty(), 1024);
        EnrollmentResponse response = JscepClients.trustingAnyCa(ndes.scepUrl()).enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.isSuccess()).isTrue();
        return JscepEnrolmentTest.issuedTo(response, device);
    }

    private static HttpResponse<String> put(String scenario) throws Exception {
        HttpResponse<String> response = send("PUT", "/scenario", "{\"name\":\"" + scenario + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(ndes.server(), method, path, body, null);
    }

    private static HttpResponse<String> send(MockNdes server, String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.adminUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
