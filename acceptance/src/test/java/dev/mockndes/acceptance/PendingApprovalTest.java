package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.enroll.ApprovalSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.scenario.ScenarioLoader;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.ScepPost;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Manual approval: jscep gets PENDING, an operator approves or rejects through the admin API, jscep polls (CertPoll). */
class PendingApprovalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .configure(config -> config.withProtocol(ProtocolSettings.defaults().withApproval(ApprovalSettings.manual()))).build();

    @Test
    void jscepPollsAfterAManualApproveAndGetsTheCertificateTheStoreRecorded() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("pending-approve", Optional.empty());

        EnrollmentResponse first = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(first.isPending()).isTrue();
        String transactionId = first.getTransactionId().toString();
        JsonNode listed = entry(transactionId);
        assertThat(listed.get("state").asText()).isEqualTo("WAITING");
        assertThat(listed.get("subject").asText()).isEqualTo("CN=pending-approve,O=scep-harness");
        assertThat(listed.get("receivedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(ndes.server().certificates().recent(1000)).as("nothing issued for the device yet")
                .noneMatch(c -> c.getSubjectPublicKeyInfo().equals(device.csr().getSubjectPublicKeyInfo()));
        EnrollmentResponse stillPending = client.poll(device.identity(), device.keys().getPrivate(),
                device.identity().getSubjectX500Principal(), first.getTransactionId());
        assertThat(stillPending.isPending()).isTrue();
        assertThat(entry(transactionId).get("polls").asInt()).isEqualTo(1);

        var approved = ScepPost.admin(ndes.adminUrl(), "POST", "/pending/" + encode(transactionId) + "/approve");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).get("state").asText()).isEqualTo("ISSUED");

        EnrollmentResponse collected = client.poll(device.identity(), device.keys().getPrivate(),
                device.identity().getSubjectX500Principal(), first.getTransactionId());
        assertThat(collected.isSuccess()).isTrue();
        var issued = JscepEnrolmentTest.issuedTo(collected, device);
        assertThat(ndes.server().certificates().find(issued.getSerialNumber())).isPresent();
        JscepEnrolmentTest.assertChainsToCaFromGetCaCert(client.getCaCertificate(), issued);
    }

    @Test
    void jscepIsToldBadRequestWhenTheOperatorRejects() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("pending-reject", Optional.empty());
        EnrollmentResponse first = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
        String transactionId = first.getTransactionId().toString();

        var rejected = ScepPost.admin(ndes.adminUrl(), "POST", "/pending/" + encode(transactionId) + "/reject");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(rejected.body()).get("state").asText()).isEqualTo("REJECTED");

        EnrollmentResponse polled = client.poll(device.identity(), device.keys().getPrivate(),
                device.identity().getSubjectX500Principal(), first.getTransactionId());
        assertThat(polled.isFailure()).isTrue();
        assertThat(polled.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void unknownTransactionsAre404AndDecidedOnesAre409() throws Exception {
        var unknown = ScepPost.admin(ndes.adminUrl(), "POST", "/pending/no-such-id/approve");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("no-such-id");

        DeviceIdentity device = DeviceIdentity.create("pending-twice", Optional.empty());
        var request = new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate()).transactionId("id/with+base64=");
        assertThat(ScepPost.pkiOperation(ndes.scepUrl(), request.build()).pkiStatus()).isEqualTo("3");
        assertThat(ScepPost.admin(ndes.adminUrl(), "POST", "/pending/" + encode("id/with+base64=") + "/reject").statusCode())
                .isEqualTo(200);
        var again = ScepPost.admin(ndes.adminUrl(), "POST", "/pending/" + encode("id/with+base64=") + "/approve");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("REJECTED");
    }

    @Test
    void anIdenticalResentPkcsReqIsAPollOfTheSameTransaction() throws Exception {
        DeviceIdentity device = DeviceIdentity.create("pending-resend", Optional.empty());
        byte[] request = new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate()).transactionId("RESEND-1").build();

        assertThat(ScepPost.pkiOperation(ndes.scepUrl(), request).pkiStatus()).isEqualTo("3");
        assertThat(ScepPost.pkiOperation(ndes.scepUrl(), request).pkiStatus()).isEqualTo("3");
        assertThat(entry("RESEND-1").get("polls").asInt()).isEqualTo(1);
        ScepPost.admin(ndes.adminUrl(), "POST", "/pending/RESEND-1/approve");

        var reply = ScepPost.pkiOperation(ndes.scepUrl(), request);
        assertThat(reply.pkiStatus()).isEqualTo("0");
        assertThat(reply.issuedCertificates(device.keys().getPrivate()).get(0).getSubject()).isEqualTo(device.csr().getSubject());
    }

    @Test
    void aScenarioApprovalSettingAppliesWhileItIsInForce() throws Exception {
        ndes.useScenario(ScenarioLoader.parse("inline", """
                name: approve-on-second-poll
                title: Requests wait for two polls
                approval: {mode: manual, autoApproveAfterPolls: 2}
                """));
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("pending-scenario", Optional.empty());

        EnrollmentResponse first = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
        EnrollmentResponse second = client.poll(device.identity(), device.keys().getPrivate(),
                device.identity().getSubjectX500Principal(), first.getTransactionId());
        EnrollmentResponse third = client.poll(device.identity(), device.keys().getPrivate(),
                device.identity().getSubjectX500Principal(), first.getTransactionId());

        assertThat(first.isPending()).isTrue();
        assertThat(second.isPending()).isTrue();
        assertThat(third.isSuccess()).isTrue();

        ndes.useScenario(ScenarioLoader.parse("inline", "name: auto\ntitle: Issue at once\napproval: {mode: auto}\n"));
        DeviceIdentity later = DeviceIdentity.create("pending-scenario-auto", Optional.empty());
        assertThat(client.enrol(later.identity(), later.keys().getPrivate(), later.csr()).isSuccess()).isTrue();
    }

    private static JsonNode entry(String transactionId) throws Exception {
        JsonNode list = JSON.readTree(ScepPost.admin(ndes.adminUrl(), "GET", "/pending").body()).get("pending");
        for (JsonNode entry : list) {
            if (entry.get("transactionId").asText().equals(transactionId)) {
                return entry;
            }
        }
        throw new AssertionError("transaction " + transactionId + " is not in GET /pending: " + list);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
