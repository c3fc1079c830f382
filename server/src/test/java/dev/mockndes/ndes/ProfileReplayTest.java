package dev.mockndes.ndes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.common.profile.NdesProfile;
import dev.mockndes.common.profile.ProfileProbe;
import dev.mockndes.common.profile.RecordedAnswer;
import dev.mockndes.common.profile.RecordedCertificate;
import dev.mockndes.common.profile.RecordedChain;
import dev.mockndes.common.profile.RecordedKey;
import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReplayTest {
    private static final byte[] OUR_CHAIN = {1, 2, 3};
    private static final WebResponse BELOW = WebResponse.refuse(299, "mscep.dll below");

    private final ProfileReplay replay = new ProfileReplay(profile(), OUR_CHAIN, request -> CompletableFuture.completedFuture(BELOW));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, '', browse",
            "GET, operation=GetCACaps&message=x, get-ca-caps",
            "POST, operation=getcacaps, get-ca-caps",
            "GET, operation=GetCACert&message=, get-ca-cert",
            "GET, operation=GetCACert, get-ca-cert-without-message",
            "GET, operation=PKIOperation, pki-operation-without-message",
            "GET, operation=Frobnicate, unknown-operation",
            "GET, operation=PKIOperation&message=MIIB, ",
            "POST, operation=PKIOperation, ",
            "GET, operation=GetNextCACert, ",
            "PUT, operation=GetCACaps, "})
    void eachRequestIsClassedAsTheProbeThatStandsForIt(String method, String query, String probe) {
        assertThat(ProfileReplay.probeFor(request(method, query)).map(ProfileProbe::wire)).isEqualTo(java.util.Optional.ofNullable(probe));
    }

    @Test
    void getCaCapsIsTheRecordedBytesAndHeadersWithoutTheTransportsOwn() {
        WebResponse caps = replay.handle(request("GET", "operation=GetCACaps")).toCompletableFuture().join();

        assertThat(caps.status()).isEqualTo(200);
        assertThat(new String(caps.body(), StandardCharsets.UTF_8)).isEqualTo("SHA-256\r\nDES3\r\n");
        assertThat(caps.contentType()).isNull();
        assertThat(caps.headers()).containsExactly(Map.entry("X-Powered-By", "ASP.NET"), Map.entry("Server", ""));
    }

    @Test
    void getCaCertCarriesOurChainUnderTheRecordedHeadersAndTheRestGoesBelow() {
        WebResponse certs = replay.handle(request("GET", "operation=GetCACert&message=ca")).toCompletableFuture().join();
        WebResponse pki = replay.handle(request("GET", "operation=PKIOperation&message=MIIB")).toCompletableFuture().join();
        WebResponse unrecorded = replay.handle(request("GET", "operation=Nope")).toCompletableFuture().join();

        assertThat(certs.body()).isEqualTo(OUR_CHAIN);
        assertThat(certs.contentType()).isEqualTo("application/x-x509-ca-cert");
        assertThat(certs.headers()).containsExactly(Map.entry("Server", "Go"));
        assertThat(pki).isSameAs(BELOW);
        assertThat(unrecorded).isSameAs(BELOW);
    }

    private static NdesProfile profile() {
        RecordedCertificate ca = new RecordedCertificate("CN=CA", "MA0xCzAJBgNVBAMMAkNB", "CN=CA", "MA0xCzAJBgNVBAMMAkNB", 0, 3,
                new RecordedKey("RSA", 2048, null), "SHA256withRSA", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", List.of());
        return new NdesProfile(NdesProfile.VERSION, "http://x/scep", "2026-06-01T00:00:00Z", null, List.of(
                RecordedAnswer.of(ProfileProbe.GET_CA_CAPS, "GET", 200, "OK", List.of("X-Powered-By: ASP.NET",
                        "Date: Mon, 01 Jun 2026 00:00:00 GMT", "Content-Length: 15", "Connection: close"),
                        "SHA-256\r\nDES3\r\n".getBytes(StandardCharsets.UTF_8)),
                RecordedAnswer.of(ProfileProbe.GET_CA_CERT, "GET", 200, "OK", List.of("Content-Type: application/x-x509-ca-cert",
                        "Server: Go"), new byte[0]).withoutBody()),
                new RecordedChain(RecordedChain.DER, List.of(ca)));
    }

    private static WebRequest request(String method, String query) {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 80);
        return new WebRequest(method, "/certsrv/mscep/mscep.dll", query, Map.of(), new byte[0], local, local, "HTTP/1.1",
                new ConnectionState());
    }
}
