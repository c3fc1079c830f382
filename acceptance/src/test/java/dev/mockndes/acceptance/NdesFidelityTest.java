package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.FidelitySettings;
import dev.mockndes.config.NdesSettings;
import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.protocol.CapsProfile;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where a real NDES answers differently from a lenient SCEP server, seen through a socket: the
 * FAILURE CertRep's shape, decryption with the CEP Encryption key only, the failInfo of a bad
 * challenge, mscep_admin's authentication schemes and single-password page, and the GetCACaps
 * variants. docs/fidelity.md gives the source of each.
 */
class NdesFidelityTest {
    private static final String CHALLENGE = "s3cret";

    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge(CHALLENGE).build();

    @Test
    void aFailureCertRepCarriesOneZeroByteAndNoCertificatesSignedByTheRa() throws Exception {
        CertRepView reply = new CertRepView(post(ndes.server(), request(ndes.server(), "guess", false)).body());

        assertThat(reply.pkiStatus()).isEqualTo("2");
        assertThat((byte[]) reply.signed.getSignedContent().getContent()).containsExactly(0);
        assertThat(reply.signed.getCertificates().getMatches(null)).isEmpty();
        X509CertificateHolder ra = ndes.server().pki().ra().signing().holder();
        assertThat(reply.signer.getSID().getSerialNumber()).isEqualTo(ra.getSerialNumber());
        assertThat(reply.signer.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder().build(ra))).isTrue();
    }

    @Test
    void aRequestEncryptedToTheCaRaisesEvent18AndGetsNoCertRep() throws Exception {
        RawHttp.Response response = post(ndes.server(), request(ndes.server(), CHALLENGE, true));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).isEqualTo("text/html");
        assertThat(ndes.events()).anySatisfy(event -> assertThat(event).contains("\"eventId\":18")
                .contains("cannot decrypt the client's PKCS7 message (0x80090005)"));
    }

    @Test
    void lenientDecryptionOpensARequestEncryptedToTheCa() throws Exception {
        try (MockNdes lenient = start(fidelity -> fidelity.withLenientDecryption(true))) {
            assertThat(new CertRepView(post(lenient, request(lenient, CHALLENGE, true)).body()).pkiStatus()).isEqualTo("0");
        }
    }

    @Test
    void aBadChallengeCanBeRefusedWithBadMessageCheckAndEvent29() throws Exception {
        assertThat(new CertRepView(post(ndes.server(), request(ndes.server(), "guess", false)).body()).failInfo()).isEqualTo("2");
        try (MockNdes other = start(fidelity -> fidelity.withBadChallengeFailInfo(FailInfo.BAD_MESSAGE_CHECK))) {
            CertRepView reply = new CertRepView(post(other, request(other, "guess", false)).body());

            assertThat(reply.failInfo()).isEqualTo("1");
            assertThat(other.admin().recentLines(dev.mockndes.admin.NdesLog.EVENTS)).anySatisfy(event -> assertThat(event).contains("\"eventId\":29"));
        }
    }

    @Test
    void basicIsRefusedAsAnUnofferedSchemeUnlessEnabled() throws Exception {
        RawHttp.Response refused = basicGet(ndes.server());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headerLines()).filteredOn(line -> line.startsWith("WWW-Authenticate"))
                .containsExactly("WWW-Authenticate: Negotiate", "WWW-Authenticate: NTLM");
        assertThat(ndes.iisLog()).last().asString().contains("/certsrv/mscep_admin/").contains(" 401 2 5 ");

        try (MockNdes basic = start(fidelity -> fidelity.withBasicAuth(true))) {
            RawHttp.Response accepted = basicGet(basic);
            assertThat(accepted.status()).isEqualTo(200);
            try (RawHttp raw = new RawHttp(basic.port())) {
                assertThat(raw.send("GET /certsrv/mscep_admin/ HTTP/1.1\r\nHost: ndes\r\n\r\n").read().headerLines())
                        .contains("WWW-Authenticate: Basic realm=\"ndes\"");
            }
        }
    }

    /** Fleet's regression (fleetdm/fleet issue 45763): an anonymous probe, then NTLM on a new connection. */
    @Test
    void anAnonymousProbeThenNtlmOnANewConnectionGetsThePage() throws Exception {
        try (RawHttp probe = new RawHttp(ndes.server().port())) {
            RawHttp.Response first = probe.send("GET /certsrv/mscep_admin/ HTTP/1.1\r\nHost: ndes\r\n\r\n").read();
            assertThat(first.status()).isEqualTo(401);
            assertThat(first.headerLines()).contains("WWW-Authenticate: Negotiate", "WWW-Authenticate: NTLM");
        }
        String page = MscepAdminPageTest.ntlmGet("Administrator", "mock-ndes", adminUrl(ndes.server()));

        assertThat(page).contains("The enrollment challenge password is: <B> " + CHALLENGE + " </B>");
    }

    @Test
    void singlePasswordModeSaysThePasswordCanBeReusedAndDoesNotExpire() throws Exception {
        String page = MscepAdminPageTest.ntlmGet("Administrator", "mock-ndes", adminUrl(ndes.server()));

        assertThat(page).contains("This password can be used multiple times and will not expire.")
                .doesNotContain("used only once");
    }

    @Test
    void getCaCapsCanComeWithoutAContentType() throws Exception {
        try (MockNdes older = start(fidelity -> fidelity.withCapsContentType(false));
             RawHttp raw = new RawHttp(older.port())) {
            RawHttp.Response caps = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertThat(caps.status()).isEqualTo(200);
            assertThat(caps.header("Content-Type")).isNull();
            assertThat(caps.text()).contains("POSTPKIOperation");
        }
    }

    @Test
    void theNdesCapsProfileDoesNotListGetNextCaCertEvenWithANextCa() throws Exception {
        ServerConfig config = ServerConfig.defaults().withCapabilities(CapsProfile.NDES.capabilities())
                .withProtocol(ProtocolSettings.defaults().withNextCa(true));
        try (MockNdes windows2022 = MockNdes.start(config); RawHttp raw = new RawHttp(windows2022.port())) {
            RawHttp.Response caps = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertThat(caps.text()).isEqualTo("POSTPKIOperation\nRenewal\nSHA-512\nSHA-256\nSHA-1\nDES3\n");
            assertThat(raw.send("GET /certsrv/mscep/mscep.dll?operation=GetNextCACert HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theMscepFolderRedirectsToItsSlashAndServesMscepDllAsItsDefaultDocument() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response moved = raw.send("GET /certsrv/mscep HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(moved.status()).isEqualTo(301);
            assertThat(moved.header("Location")).isEqualTo("/certsrv/mscep/");

            RawHttp.Response caps = raw.send("GET /certsrv/mscep/?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(caps.status()).isEqualTo(200);
            assertThat(caps.text()).startsWith("POSTPKIOperation\n");
            RawHttp.Response browse = raw.send("GET /certsrv/mscep/ HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(browse.status()).as("mscep.dll's 403.0 for a browser").isEqualTo(403);
        }
        ndes.server().logs().awaitWritten();
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line).contains("GET /certsrv/mscep - ").contains(" 301 0 0 "))
                .anySatisfy(line -> assertThat(line).contains("GET /certsrv/mscep/ operation=GetCACaps ").contains(" 200 0 0 "));
    }

    @Test
    void theAdminPageAnswersAtItsMscepDllToo() throws Exception {
        String page = MscepAdminPageTest.ntlmGet("Administrator", "mock-ndes",
                "http://127.0.0.1:" + ndes.server().port() + "/certsrv/mscep_admin/mscep.dll");

        assertThat(page).contains("The enrollment challenge password is: <B> " + CHALLENGE + " </B>");
    }

    @Test
    void aStoppedPoolIsHttpSysOwn503WithTheSiteAndPoolInHttperr() throws Exception {
        ndes.useScenario("app-pool-stopped");
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response response = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n")
                    .read();
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Server")).isEqualTo("Microsoft-HTTPAPI/2.0");
            assertThat(response.text()).contains("<p>HTTP Error 503. The service is unavailable.</p>");
        } finally {
            ndes.useScenario("healthy");
        }
        ndes.server().logs().awaitWritten();
        assertThat(ndes.httpErrLog()).anySatisfy(line -> assertThat(line).endsWith(" 503 1 AppOffline SCEP"));
    }

    @Test
    void aRequestLineOverHttpSysMaxFieldLengthIsItsHeaderFieldTooLongPage() throws Exception {
        String longCaps = "GET /certsrv/mscep/mscep.dll?operation=GetCACaps&message=" + "x".repeat(17_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response refused = raw.send(longCaps).read();
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Server")).isEqualTo("Microsoft-HTTPAPI/2.0");
            assertThat(refused.text()).contains("<TITLE>Bad Request - Header Field Too Long</TITLE>")
                    .contains("HTTP Error 400. A request header field is too long.");
        }
        ndes.server().logs().awaitWritten();
        assertThat(ndes.httpErrLog()).anySatisfy(line -> assertThat(line).contains(" 400 - FieldLength -"));

        try (MockNdes raised = start(fidelity -> fidelity.withHttpSysLimit(65_534)); RawHttp raw = new RawHttp(raised.port())) {
            assertThat(raw.send(longCaps).read().status()).as("the NDES guidance's 65534").isEqualTo(200);
        }
    }

    @Test
    void aPathOverMaxUrlIsRequestFilterings404Dot14ButALongQueryIsNot() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response longPath = raw.send("GET /certsrv/" + "a".repeat(4100) + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(longPath.status()).isEqualTo(404);
            assertThat(longPath.text()).contains("HTTP Error 404.14 - Not Found");
            RawHttp.Response longQuery = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps&message=" + "x".repeat(8000)
                    + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(longQuery.status()).as("maxUrl counts the path only").isEqualTo(200);
        }
    }

    @Test
    void aLoopbackClientGetsTheDetailedPageAndARemoteOneTheCustomPageWithTheSameLogLine() throws Exception {
        Optional<java.net.InetAddress> remote = nonLoopbackAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(remote.isPresent(), "this machine has no non-loopback IPv4 address");
        ServerConfig config = ServerConfig.defaults().withBind("0.0.0.0");
        try (MockNdes server = MockNdes.start(config)) {
            String local = get(new java.net.InetSocketAddress("127.0.0.1", server.port()), "/certsrv/nothing");
            String fromAfar = get(new java.net.InetSocketAddress(remote.get(), server.port()), "/certsrv/nothing");

            assertThat(local).contains("HTTP Error 404.0 - Not Found");
            assertThat(fromAfar).contains("<h2>404 - File or directory not found.</h2>").doesNotContain("HTTP Error 404.0");
            server.logs().awaitWritten();
            assertThat(server.admin().recentLines(dev.mockndes.admin.NdesLog.IIS)).filteredOn(line -> line.contains("/certsrv/nothing"))
                    .extracting(line -> line.replaceAll(".* (\\d{3} \\d+ \\d+) \\d+$", "$1")).containsExactly("404 0 2", "404 0 2");
        }
    }

    @Test
    void errorPagesCanBeForcedCustomForEveryClient() throws Exception {
        try (MockNdes custom = start(fidelity -> fidelity.withErrorPages(dev.mockndes.web.ErrorPages.CUSTOM));
             RawHttp raw = new RawHttp(custom.port())) {
            RawHttp.Response forbidden = raw.send("GET /certsrv/mscep/mscep.dll HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.text()).contains("<h2>403 - Forbidden: Access is denied.</h2>");
        }
    }

    @Test
    void aScenarioCanForceTheCustomPagesWhileItIsInForce() throws Exception {
        ndes.useScenario(dev.mockndes.scenario.ScenarioLibrary.builtIn().parse("test",
                "name: custom-pages\ntitle: Custom error pages\nextends: healthy\nerrorPages: custom\n"));
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response forbidden = raw.send("GET /certsrv/mscep/mscep.dll HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.text()).as("a loopback client, shown the custom page the scenario asks for")
                    .contains("<h2>403 - Forbidden: Access is denied.</h2>").doesNotContain("HTTP Error 403");
        }
        ndes.useScenario("healthy");
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            assertThat(raw.send("GET /certsrv/mscep/mscep.dll HTTP/1.1\r\nHost: x\r\n\r\n").read().text())
                    .as("back to the server's mode: detailed to loopback").contains("HTTP Error 403");
        }
    }

    private static String get(java.net.InetSocketAddress to, String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(to, 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static Optional<java.net.InetAddress> nonLoopbackAddress() throws Exception {
        return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static MockNdes start(UnaryOperator<FidelitySettings> fidelity) throws Exception {
        return MockNdes.start(ServerConfig.defaults()
                .withChallenge(CHALLENGE)
                .withNdes(NdesSettings.defaults().withFidelity(fidelity.apply(FidelitySettings.defaults()))));
    }

    private static byte[] request(MockNdes server, String challenge, boolean toTheCa) throws Exception {
        DeviceIdentity device = DeviceIdentity.create("fidelity", Optional.of(challenge), 1024);
        X509Certificate recipient = toTheCa ? server.pki().ca().credential().certificate()
                : server.pki().ra().encryption().certificate();
        return new PkcsReqBuilder(device, recipient).build();
    }

    private static RawHttp.Response post(MockNdes server, byte[] body) throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            return raw.send(("POST /certsrv/mscep/mscep.dll?operation=PKIOperation HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)).send(body).read();
        }
    }

    private static RawHttp.Response basicGet(MockNdes server) throws Exception {
        String token = Base64.getEncoder().encodeToString("Administrator:mock-ndes".getBytes(StandardCharsets.UTF_8));
        try (RawHttp raw = new RawHttp(server.port())) {
            return raw.send("GET /certsrv/mscep_admin/ HTTP/1.1\r\nHost: ndes\r\nAuthorization: Basic " + token + "\r\n\r\n").read();
        }
    }

    private static String adminUrl(MockNdes server) {
        return "http://127.0.0.1:" + server.port() + "/certsrv/mscep_admin/";
    }
}
