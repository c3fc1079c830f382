package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.RawHttp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every SCEP client sees on the wire: paths, content types, certificate layout, keep-alive. */
class HttpSurfaceTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"/certsrv/mscep/mscep.dll", "/certsrv/mscep/mscep.dll/pkiclient.exe", "/CertSrv/mscep/mscep.dll"})
    void getCaCapsListsEveryCapabilityOnePerLineAsPlainText(String path) throws Exception {
        RawHttp.Response response = get(path + "?operation=GetCACaps&message=default");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.text()).isEqualTo("POSTPKIOperation\nRenewal\nSHA-512\nSHA-384\nSHA-256\nSHA-1\nAES\nDES3\nSCEPStandard\n");
        assertThat(response.header("Server")).isEqualTo("Microsoft-IIS/10.0");
    }

    @Test
    void getCaCertSendsSigningRaThenEncryptionRaThenTheCaWithAdCsKeyUsages() throws Exception {
        RawHttp.Response response = get("/certsrv/mscep/mscep.dll?operation=GetCACert&message=SCEP%20Authority");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/x-x509-ca-ra-cert");
        assertThat(response.body()[1]).as("definite length").isNotEqualTo((byte) 0x80);
        @SuppressWarnings("unchecked")
        List<X509CertificateHolder> certificates = new ArrayList<X509CertificateHolder>(
                new CMSSignedData(response.body()).getCertificates().getMatches(null));
        assertThat(certificates).containsExactly(ndes.server().pki().ra().signing().holder(), ndes.server().pki().ra().encryption().holder(),
                ndes.server().pki().ca().certificate());
        assertThat(keyUsage(certificates.get(0))).isEqualTo(KeyUsage.digitalSignature);
        assertThat(keyUsage(certificates.get(1))).isEqualTo(KeyUsage.keyEncipherment);
        assertThat(keyUsage(certificates.get(2))).as("AD CS's 0x86").isEqualTo(KeyUsage.digitalSignature | KeyUsage.keyCertSign | KeyUsage.cRLSign);
        for (X509CertificateHolder ra : certificates.subList(0, 2)) {
            assertThat(ra.getIssuer()).isEqualTo(ndes.server().pki().ca().certificate().getSubject());
            assertThat(ra.isSignatureValid(new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                    .build(ndes.server().pki().ca().certificate()))).isTrue();
        }
    }

    @Test
    void browsingTheUrlWithoutAnOperationShowsTheIis403Page() throws Exception {
        RawHttp.Response response = get("/certsrv/mscep/mscep.dll");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("HTTP Error 403.0 - Forbidden");
    }

    @Test
    void otherPathsAre404AndOtherMethods405() throws Exception {
        assertThat(get("/certsrv/other.dll?operation=GetCACaps").status()).isEqualTo(404);
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            assertThat(raw.send("PUT /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                    .read().status()).isEqualTo(405);
        }
    }

    @Test
    void headersComeInIisCaseAndOrderWithoutExtras() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response caps = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(caps.headerLines()).extracting(line -> line.substring(0, line.indexOf(':')))
                    .containsExactly("Content-Type", "Server", "Date", "Content-Length");
            RawHttp.Response error = raw.send("GET /certsrv/nothing-here HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(error.status()).isEqualTo(404);
            assertThat(error.headerLines()).extracting(line -> line.substring(0, line.indexOf(':')))
                    .containsExactly("Content-Type", "Server", "Date", "Content-Length");
        }
    }

    @Test
    void getNextCaCertWithoutRolloverIs404() throws Exception {
        assertThat(get("/certsrv/mscep/mscep.dll?operation=GetNextCACert").status()).isEqualTo(404);
    }

    @Test
    void keepsHttp11ConnectionsAliveAcrossRequests() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            for (int i = 0; i < 3; i++) {
                RawHttp.Response response = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n")
                        .read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Connection")).as("IIS announces nothing on HTTP/1.1").isNull();
            }
        }
    }

    @Test
    void closesHttp10ConnectionsUnlessAskedToKeepThemAlive() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response response = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.0\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(raw.closedByServer()).isTrue();
        }
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            String request = "GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
            RawHttp.Response first = raw.send(request).read();
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.headerLines()).contains("Connection: keep-alive");
            assertThat(raw.send(request).read().status()).isEqualTo(200);
        }
    }

    @Test
    void acceptsPkiOperationByGetWithRawPlusAndSlashAsAppleSendsIt() throws Exception {
        String message = base64Request("apple");
        assertThat(message).as("this test needs a + or / in the base64").containsAnyOf("+", "/");
        assertSuccess(get("/certsrv/mscep/mscep.dll?operation=PKIOperation&message=" + message));
    }

    @Test
    void acceptsPkiOperationByGetWithPercentEncodingAndWrappedLines() throws Exception {
        String wrapped = base64Request("wrapped").replaceAll("(.{64})", "$1\n");
        String encoded = wrapped.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D").replace("\n", "%0A");
        assertSuccess(get("/certsrv/mscep/mscep.dll/pkiclient.exe?operation=PKIOperation&message=" + encoded));
    }

    @Test
    void acceptsPkiOperationByGetInBase64Url() throws Exception {
        String url = base64Request("url").replace('+', '-').replace('/', '_').replace("=", "");
        assertSuccess(get("/certsrv/mscep/mscep.dll?operation=PKIOperation&message=" + url));
    }

    @Test
    void acceptsBase64PostBodies() throws Exception {
        byte[] body = base64Request("post-base64").getBytes();
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            assertSuccess(raw.send(("POST /certsrv/mscep/mscep.dll?operation=PKIOperation HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes()).send(body).read());
        }
    }

    private static String base64Request(String name) {
        DeviceIdentity device = DeviceIdentity.create(name, Optional.of("any"), 1024);
        return Base64.getEncoder().encodeToString(new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate()).build());
    }

    private static void assertSuccess(RawHttp.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/x-pki-message");
        assertThat(new CertRepView(response.body()).pkiStatus()).isEqualTo("0");
    }

    private static int keyUsage(X509CertificateHolder certificate) {
        KeyUsage usage = KeyUsage.fromExtensions(certificate.getExtensions());
        byte[] bytes = usage.getBytes();
        int value = bytes[0] & 0xff;
        if (bytes.length > 1) {
            value |= (bytes[1] & 0xff) << 8;
        }
        assertThat(certificate.getExtension(Extension.keyUsage).isCritical()).isTrue();
        return value;
    }

    private static RawHttp.Response get(String target) throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            return raw.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
        }
    }
}
