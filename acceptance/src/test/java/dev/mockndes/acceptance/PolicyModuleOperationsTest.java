package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.NTLMSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The policy-module operations on mscep_admin, called as an MDM server calls them: NTLM logon, then
 * {@code ?operation=NDESGetCACertThumbprint} and {@code ?operation=NDESGenerateChallenge}; the challenge
 * enrols a jscep device exactly once, and the operations fail with the admin page when the
 * EncryptedPassword cannot be decrypted.
 */
class PolicyModuleOperationsTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .configure(config -> config.withChallenge(ChallengeSettings.none().withMode(ChallengeMode.OTP, Optional.empty()))).build();

    @Test
    void theThumbprintOperationAnswersTheTrustAnchorsMd5AsPlainText() throws Exception {
        Answer answer = ntlmGet("/certsrv/mscep_admin/mscep.dll?operation=NDESGetCACertThumbprint");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/plain");
        assertThat(answer.text()).isEqualTo(ndes.server().caThumbprints().md5().replace(" ", "").toUpperCase(java.util.Locale.ROOT))
                .matches("[0-9A-F]{32}");
    }

    @Test
    void aGeneratedChallengeEnrolsOnceAndOnlyOnce() throws Exception {
        Answer answer = ntlmGet("/certsrv/mscep_admin/?operation=NDESGenerateChallenge");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).matches("[0-9A-F]{16}");
        var client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("policy-op-device", Optional.of(answer.text()), 1024);
        assertThat(client.enrol(device.identity(), device.keys().getPrivate(), device.csr()).isSuccess()).isTrue();
        DeviceIdentity again = DeviceIdentity.create("policy-op-device-2", Optional.of(answer.text()), 1024);
        EnrollmentResponse reuse = client.enrol(again.identity(), again.keys().getPrivate(), again.csr());
        assertThat(reuse.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void bothOperationsFailWith500WhenTheEncryptedPasswordCannotBeDecrypted() throws Exception {
        ndes.useScenario("mscep-admin-password-decrypt-failed");

        assertThat(ntlmGet("/certsrv/mscep_admin/mscep.dll?operation=NDESGenerateChallenge").status()).isEqualTo(500);
        assertThat(ntlmGet("/certsrv/mscep_admin/mscep.dll?operation=NDESGetCACertThumbprint").status()).isEqualTo(500);
    }

    private record Answer(int status, String contentType, String text) {
    }

    private static Answer ntlmGet(String target) throws Exception {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(null, -1), new NTCredentials("Administrator", "mock-ndes".toCharArray(), "MDM", "MOCKNDES"));
        try (CloseableHttpClient client = HttpClients.custom()
                .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create()
                        .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE).build())
                .setDefaultRequestConfig(RequestConfig.custom().setTargetPreferredAuthSchemes(List.of(StandardAuthScheme.NTLM)).build())
                .setDefaultCredentialsProvider(credentials).build()) {
            String base = ndes.scepUrl().replace("/certsrv/mscep/mscep.dll", "");
            return client.execute(new HttpGet(URI.create(base + target)), response -> new Answer(response.getCode(),
                    response.getEntity() == null ? "" : response.getEntity().getContentType(),
                    new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.US_ASCII)));
        }
    }
}
