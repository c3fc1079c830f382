package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad input: each gets a 4xx with a one-line reason or a FAILURE CertRep, never a
 * 5xx, and the server keeps answering healthy requests afterwards.
 */
class MalformedRequestsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();
    private static DeviceIdentity device;

    @BeforeAll
    static void createDevice() {
        device = DeviceIdentity.create("corpus", Optional.of("anything"));
    }

    static Stream<Arguments> httpCorpus() {
        byte[] valid = new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate()).build();
        return Stream.of(
                Arguments.of("empty POST body", "POST", "PKIOperation", new byte[0], 400),
                Arguments.of("bad base64 POST body", "POST", "PKIOperation", "MI!!not-base64!!".getBytes(), 400),
                Arguments.of("truncated DER", "POST", "PKIOperation", Arrays.copyOf(valid, valid.length / 2), 400),
                Arguments.of("random bytes", "POST", "PKIOperation", new byte[] {0x30, 0x03, 0x02, 0x01, 0x05}, 400),
                Arguments.of("unknown operation", "GET", "FormatHardDisk", new byte[0], 400),
                Arguments.of("oversized body (request filtering, 404.13)", "POST", "PKIOperation", new byte[2 * 1024 * 1024], 404),
                Arguments.of("CMS whose SignerInfo is garbage", "POST", "PKIOperation", signedDataWithGarbageSignerInfo(), 400));
    }

    /** A well-formed ContentInfo/SignedData whose SignerInfo set holds an INTEGER: Bouncy Castle parses it lazily. */
    private static byte[] signedDataWithGarbageSignerInfo() {
        try {
            var signedData = new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                    new org.bouncycastle.asn1.ASN1Integer(1),
                    new org.bouncycastle.asn1.DERSet(),
                    new org.bouncycastle.asn1.DERSequence(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.data),
                    new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.ASN1Integer(5))});
            return new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.signedData,
                    new org.bouncycastle.asn1.DERTaggedObject(true, 0, signedData)}).getEncoded();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("httpCorpus")
    void isRefusedWithAClientErrorAndAReason(String name, String method, String operation, byte[] body, int expected)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=" + operation))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(expected);
        if (expected == 400) {
            assertThat(response.body()).isNotBlank().doesNotContain("Exception").hasLineCount(1);
        }
    }

    @Test
    void getWithBadBase64MessageIs400() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response response = raw.send("GET /certsrv/mscep/mscep.dll?operation=PKIOperation&message=%%%***"
                    + " HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text()).startsWith("PKIOperation message is not valid base64");
        }
        assertThat(get("?operation=PKIOperation").statusCode()).isEqualTo(400);
    }

    @Test
    void aValidCmsWithGarbageInsideIsAFailureCertRepWithBadMessageCheck() throws Exception {
        byte[] message = new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate())
                .innerContent("garbage, not a CSR".getBytes()).build();
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=PKIOperation"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        CertRepView reply = new CertRepView(response.body());
        assertThat(reply.pkiStatus()).isEqualTo("2");
        assertThat(reply.failInfo()).isEqualTo("1");
    }

    @Test
    void aRequestLineLongerThanTheLimitIs414AndTheConnectionIsClosed() throws Exception {
        String query = "x".repeat(300 * 1024);
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response response = raw.send("GET /certsrv/mscep/mscep.dll?operation=GetCACaps&message=" + query
                    + " HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(414);
            assertThat(raw.closedByServer()).isTrue();
        }
    }

    @Test
    void aLongQueryUnderHttpSysMaxFieldLengthIsStillServed() throws Exception {
        String message = Base64.getEncoder().encodeToString(new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate())
                .build());
        String padding = "&pad=" + "p".repeat(8 * 1024);
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl()
                + "?operation=PKIOperation&message=" + message.replace("+", "%2B").replace("/", "%2F") + padding)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(message.length() + padding.length()).as("a long line, but under HTTP.sys's 16384").isBetween(9_000, 16_000);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new CertRepView(response.body()).pkiStatus()).isEqualTo("0");
    }

    @Test
    void brokenHttpFramingIs400() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response response = raw.send("POST /certsrv/mscep/mscep.dll?operation=PKIOperation HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Length: banana\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(400);
        }
    }

    @AfterEach
    void serverStillAnswersAHealthyRequest() throws Exception {
        HttpResponse<String> caps = get("?operation=GetCACaps&message=ca");
        assertThat(caps.statusCode()).isEqualTo(200);
        assertThat(caps.body()).contains("POSTPKIOperation");
    }

    private static HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + query)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
