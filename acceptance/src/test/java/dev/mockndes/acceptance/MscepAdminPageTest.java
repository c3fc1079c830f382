package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.ndes.auth.AdminUser;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.config.FidelitySettings;
import dev.mockndes.config.NdesSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.RawHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * /certsrv/mscep_admin/ as an MDM server scrapes it: NTLM logon, a UTF-16LE page whose password and
 * thumbprint lines match the patterns scrapers use, one-time passwords that enrol once, the cache
 * limit, and the page for an account without enrol rights.
 */
class MscepAdminPageTest {
    /** The pattern Fleet's NDES proxy uses to find the password. */
    private static final Pattern PASSWORD = Pattern.compile("(?i)The enrollment challenge password is: <B> (?<password>\\S*)");
    private static final Pattern THUMBPRINT = Pattern.compile(
            "The thumbprint \\(hash value\\) for the CA certificate is: <B> ([0-9A-F]{8}) ([0-9A-F]{8}) ([0-9A-F]{8}) ([0-9A-F]{8}) </B>");
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().configure(config -> otpServer(config, 100)).build();

    /**
     * One-time passwords with this cache size, an enrolment administrator and an account without enrol rights;
     * Basic enabled, which the tests use as the short way in (NDES itself offers NTLM only, see NdesFidelityTest).
     */
    private static ServerConfig otpServer(ServerConfig config, int cacheSize) {
        return config
                .withChallenge(ChallengeSettings.none().withMode(ChallengeMode.OTP, Optional.empty()).withCacheSize(cacheSize))
                .withNdes(NdesSettings.defaults().withAdminUsers(List.of(new AdminUser("ndesadmin", "Pa55w.rd", true),
                        new AdminUser("bob", "bobpw", false)))
                        .withFidelity(FidelitySettings.defaults().withBasicAuth(true)));
    }

    @Test
    void anAnonymousRequestIsChallengedWithNegotiateThenNtlm() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            raw.send("GET /certsrv/mscep_admin/ HTTP/1.1\r\nHost: ndes\r\n\r\n");
            RawHttp.Response response = raw.read();
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text()).contains("401");
        }
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(adminUrl())).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().allValues("WWW-Authenticate")).startsWith("Negotiate", "NTLM");
    }

    @Test
    void ntlmLogonGivesAPageScrapersReadAndItsPasswordEnrolsExactlyOnce() throws Exception {
        String page = ntlmGet("ndesadmin", "Pa55w.rd", ndes.scepUrl().replace("/certsrv/mscep/mscep.dll", "/certsrv/mscep_admin"));

        Matcher thumbprint = THUMBPRINT.matcher(page);
        assertThat(thumbprint.find()).as("thumbprint line in %s", page).isTrue();
        assertThat(thumbprint.group(1) + thumbprint.group(2) + thumbprint.group(3) + thumbprint.group(4))
                .isEqualTo(ndes.server().caThumbprints().md5());
        Matcher password = PASSWORD.matcher(page);
        assertThat(password.find()).isTrue();
        assertThat(password.group("password")).matches("[0-9A-F]{16}");

        DeviceIdentity device = DeviceIdentity.create("otp-device", Optional.of(password.group("password")), 1024);
        var client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        assertThat(client.enrol(device.identity(), device.keys().getPrivate(), device.csr()).isSuccess()).isTrue();
        DeviceIdentity again = DeviceIdentity.create("otp-device-2", Optional.of(password.group("password")), 1024);
        EnrollmentResponse reuse = client.enrol(again.identity(), again.keys().getPrivate(), again.csr());
        assertThat(reuse.isFailure()).isTrue();
        assertThat(reuse.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void thePageIsUtf16LittleEndianWithoutBomAndABareContentType() throws Exception {
        RawHttp.Response response = basicGet("ndesadmin", "Pa55w.rd");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/html");
        assertThat(response.body()[0]).isEqualTo((byte) '<');
        assertThat(response.body()[1]).isZero();
        assertThat(new String(response.body(), StandardCharsets.UTF_16LE)).contains("The enrollment challenge password is: <B> ");
    }

    @Test
    void aWrongPasswordIsRefusedWith401() throws Exception {
        assertThat(basicGet("ndesadmin", "guess").status()).isEqualTo(401);
        assertThat(ntlmGet("ndesadmin", "guess", adminUrl())).contains("401");
    }

    @Test
    void anAccountWithoutEnrolRightsGetsTheInsufficientPermissionPage() throws Exception {
        assertThat(ntlmGet("bob", "bobpw", adminUrl()))
                .contains("You do not have sufficient permission to enroll with SCEP.  Please contact your system administrator.")
                .doesNotContain("challenge password is");
    }

    @Test
    void theCacheIsFullOnceItHoldsTheConfiguredNumberOfUnusedPasswords() throws Exception {
        try (MockNdes small = MockNdes.start(otpServer(ServerConfig.defaults(), 3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(page(small)).contains("The enrollment challenge password is: <B> ");
            }
            assertThat(page(small)).contains("The password cache is full.").doesNotContain("challenge password is");
            assertThat(small.oneTimePasswords().unusedCount()).isEqualTo(3);
        }
    }

    private static String page(MockNdes server) throws Exception {
        return new String(basicGet(server, "ndesadmin", "Pa55w.rd").body(), StandardCharsets.UTF_16LE);
    }

    private static String adminUrl() {
        return "http://127.0.0.1:" + ndes.server().port() + "/certsrv/mscep_admin/";
    }

    private static RawHttp.Response basicGet(String user, String password) throws Exception {
        return basicGet(ndes.server(), user, password);
    }

    private static RawHttp.Response basicGet(MockNdes server, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (RawHttp raw = new RawHttp(server.port())) {
            return raw.send("GET /certsrv/mscep_admin/ HTTP/1.1\r\nHost: ndes\r\nAuthorization: Basic " + token + "\r\n\r\n").read();
        }
    }

    /** A real NTLM client (httpclient 5), following the 301 to the trailing slash as browsers and scrapers do. */
    @SuppressWarnings("deprecation")
    static String ntlmGet(String user, String password, String url) throws Exception {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(null, -1), new NTCredentials(user, password.toCharArray(), "SCRAPER", "MOCKNDES"));
        try (CloseableHttpClient client = HttpClients.custom()
                .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create()
                        .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE).build())
                .setDefaultRequestConfig(RequestConfig.custom().setTargetPreferredAuthSchemes(List.of(StandardAuthScheme.NTLM)).build())
                .setDefaultCredentialsProvider(credentials).build()) {
            return client.execute(new HttpGet(URI.create(url)), response -> response.getCode() == 200
                    ? new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_16LE)
                    : response.getCode() + " " + EntityUtils.toString(response.getEntity()));
        }
    }
}
