package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Intune policy module: a challenge minted through the admin API for one identity enrols that
 * identity once; another subject, a second use or an expired challenge is a FAILURE with badRequest.
 */
class IntuneChallengeTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .challenge(ChallengeSettings.none().withMode(ChallengeMode.INTUNE, Optional.empty())).build();

    @Test
    void aChallengeMintedForTheDeviceEnrolsItExactlyOnce() throws Exception {
        String challenge = mint("CN=intune-1,O=scep-harness", 60, "dns:intune-1.devices.test", "email:intune-1@devices.test");
        assertThat(challenge.length()).as("Intune challenges are long").isGreaterThan(500);

        assertThat(enrol("intune-1", challenge).isSuccess()).isTrue();
        EnrollmentResponse reuse = enrol("intune-1", challenge);
        assertThat(reuse.isFailure()).isTrue();
        assertThat(reuse.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void aChallengeBoundToAnotherSubjectIsRejected() throws Exception {
        String challenge = mint("CN=someone-else,O=scep-harness", 60, "dns:intune-2.devices.test", "email:intune-2@devices.test");
        EnrollmentResponse response = enrol("intune-2", challenge);
        assertThat(response.isFailure()).isTrue();
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
        ndes.server().logs().awaitWritten();
        assertThat(ndes.events()).anyMatch(event -> event.contains("\"eventId\":20501")
                && event.contains("subject-mismatch") && event.contains("CN=intune-2"));
    }

    @Test
    void aChallengeBoundToOtherSubjectAltNamesIsRejected() throws Exception {
        String challenge = mint("CN=intune-3,O=scep-harness", 60, "dns:intune-3.devices.test");
        assertThat(enrol("intune-3", challenge).getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void anExpiredChallengeIsRejected() throws Exception {
        String challenge = mint("CN=intune-4,O=scep-harness", -1, "dns:intune-4.devices.test", "email:intune-4@devices.test");
        assertThat(enrol("intune-4", challenge).getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void mintingWithABadBodyIsA400WithAReason() throws Exception {
        HttpResponse<String> response = post("{\"subjectt\":\"CN=x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("subjectt");
        assertThat(post("{\"subject\":\"CN=x\",\"subjectAltNames\":[\"nocolon\"]}").body()).contains("type:value");
        HttpResponse<String> tooLong = post("{\"subject\":\"CN=x\",\"validityMinutes\":999999999}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("validityMinutes");
    }

    private static EnrollmentResponse enrol(String name, String challenge) throws Exception {
        DeviceIdentity device = DeviceIdentity.create(name, Optional.of(challenge), 1024);
        return JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
    }

    private static String mint(String subject, int validityMinutes, String... sans) throws Exception {
        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("subject", subject,
                "subjectAltNames", sans, "validityMinutes", validityMinutes)));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("challenge").asText();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/intune/challenges"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
