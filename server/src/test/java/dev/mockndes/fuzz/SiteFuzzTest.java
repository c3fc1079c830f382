package dev.mockndes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.protocol.PkiStatus;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.RawHttp;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a client can send the IIS site and the admin API, through real sockets: malformed input gets
 * a SCEP FAILURE or a precise 4xx, never a 5xx or a dropped connection, and no certificate is issued
 * unless the answer is SUCCESS.
 */
class SiteFuzzTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());
    private static byte[] valid;

    /** The targets talk to the shared server on loopback, which Jazzer's SSRF detector would otherwise report. */
    private static void allowLoopback() {
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") || host.startsWith("127."));
    }

    private static byte[] validRequest() {
        if (valid == null) {
            DeviceIdentity device = DeviceIdentity.create("fuzz", Optional.of("any"));
            valid = new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate()).build();
        }
        return valid.clone();
    }

    /**
     * The PKIOperation message, by POST or by GET in its URL-encoded, raw and space-mangled base64
     * forms: a valid request with a few bytes changed or cut, or bytes from nowhere.
     */
    @FuzzTest(maxDuration = "10s")
    void pkiOperationGetsACertRepOrA4xxAndIssuesOnlyOnSuccess(FuzzedDataProvider data) throws Exception {
        allowLoopback();
        ndes.reset();
        int transport = data.consumeInt(0, 3);
        byte[] message;
        if (data.consumeBoolean()) {
            message = validRequest();
            for (int edits = data.consumeInt(0, 4); edits > 0; edits--) {
                message[data.consumeInt(0, message.length - 1)] = data.consumeByte();
            }
            if (data.consumeBoolean()) {
                message = Arrays.copyOf(message, data.consumeInt(0, message.length));
            }
        } else {
            message = data.consumeRemainingAsBytes();
        }
        long before = issued();
        RawHttp.Answer answer;
        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            String path = URI.create(ndes.scepUrl()).getPath();
            String base64 = Base64.getEncoder().encodeToString(message);
            answer = switch (transport) {
                case 0 -> http.send("POST", path + "?operation=PKIOperation", Map.of("Content-Type", "application/x-pki-message"), message);
                case 1 -> http.send("GET", path + "?operation=PKIOperation&message=" + URLEncoder.encode(base64, StandardCharsets.UTF_8),
                        Map.of(), null);
                case 2 -> http.send("GET", path + "?operation=PKIOperation&message=" + base64, Map.of(), null);
                default -> http.send("GET", path + "?operation=PKIOperation&message=" + base64.replace("+", "%20"), Map.of(), null);
            };
        }
        assertThat(answer.status()).as("status for %s", Base64.getEncoder().encodeToString(message)).isLessThan(500);
        if (answer.status() == 200) {
            CertRepView reply = new CertRepView(answer.body());
            assertThat(reply.pkiStatus()).isIn(PkiStatus.SUCCESS.wire(), PkiStatus.FAILURE.wire(), PkiStatus.PENDING.wire());
            if (!reply.pkiStatus().equals(PkiStatus.SUCCESS.wire())) {
                assertThat(issued()).as("certificates issued for a %s answer", reply.pkiStatus()).isEqualTo(before);
            }
        } else {
            assertThat(answer.status()).isIn(400, 404, 414);
            assertThat(issued()).isEqualTo(before);
        }
    }

    /**
     * Authorization headers on mscep_admin: NTLM and Negotiate tokens alone, or the AUTHENTICATE
     * message after a real NEGOTIATE on the same connection, or anything else. 200, 401 or 400;
     * never a 5xx or a dropped connection.
     */
    @FuzzTest(maxDuration = "10s")
    void mscepAdminAnswersEveryAuthorizationHeaderWith200Or4xx(FuzzedDataProvider data) throws Exception {
        allowLoopback();
        int form = data.consumeInt(0, 3);
        String path = "/certsrv/mscep_admin/";
        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            RawHttp.Answer answer;
            if (form == 3) {
                RawHttp.Answer challenge = http.send("GET", path, Map.of("Authorization", "NTLM " + NEGOTIATE), null);
                assertThat(challenge.status()).isEqualTo(401);
                String scheme = data.consumeBoolean() ? "NTLM " : "Negotiate ";
                answer = http.send("GET", path, Map.of("Authorization", scheme + Base64.getEncoder()
                        .encodeToString(data.consumeRemainingAsBytes())), null);
            } else {
                String value = switch (form) {
                    case 0 -> "NTLM " + Base64.getEncoder().encodeToString(data.consumeRemainingAsBytes());
                    case 1 -> "Negotiate " + Base64.getEncoder().encodeToString(data.consumeRemainingAsBytes());
                    default -> printable(data.consumeRemainingAsString());
                };
                answer = http.send("GET", path, Map.of("Authorization", value), null);
            }
            assertThat(answer.status()).isIn(200, 400, 401, 403);
        }
    }

    /** JSON bodies of the admin API's POST and PUT routes: a 2xx or a 4xx with a JSON error, never a 5xx. */
    @FuzzTest(maxDuration = "10s")
    void adminJsonBodiesGetA2xxOr4xx(FuzzedDataProvider data) throws Exception {
        allowLoopback();
        ndes.reset();
        String[] routes = {"PUT /scenario", "POST /certificates/7f/revoke", "POST /intune/challenges", "POST /pending/abc/approve",
                "POST /pending/abc/reject"};
        String[] route = routes[data.consumeInt(0, routes.length - 1)].split(" ");
        byte[] body = data.consumeRemainingAsBytes();
        RawHttp.Answer answer;
        try (RawHttp http = new RawHttp(ndes.adminUrl())) {
            answer = http.send(route[0], route[1], Map.of("Content-Type", "application/json"), body);
        } finally {
            ndes.reset();
        }
        assertThat(answer.status()).as("%s %s", route[1], new String(body, StandardCharsets.UTF_8)).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("{\"error\":");
        }
    }

    private static long issued() {
        return ndes.server().admin().certificates(0).count();
    }

    /** Header values are one line of visible ASCII; anything else is another test's business. */
    private static String printable(String text) {
        String value = text.replaceAll("[^\\x20-\\x7e]", "");
        return value.isBlank() ? "x" : value.strip();
    }

    /** An NTLM NEGOTIATE with the usual flags and no domain or workstation. */
    private static final String NEGOTIATE = Base64.getEncoder().encodeToString(new byte[] {
            'N', 'T', 'L', 'M', 'S', 'S', 'P', 0, 1, 0, 0, 0, (byte) 0x07, (byte) 0x82, (byte) 0x08, (byte) 0xa2,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
}
