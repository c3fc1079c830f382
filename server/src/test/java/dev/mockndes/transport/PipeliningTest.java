package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.scenario.ScenarioLoader;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.RawHttp;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP/1.1 pipelining: the answers of one connection come in the order of its requests, as IIS sends them. */
class PipeliningTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @Test
    void aFastRequestPipelinedBehindAPkiOperationIsAnsweredAfterIt() throws Exception {
        // The PKIOperation is answered late (a delay fault); GetCACaps alone would be answered at once.
        ndes.server().scenario().use(ScenarioLoader.parse("pipelining", """
                name: pipelining
                title: The PKIOperation is answered late
                rules:
                  - match: {operation: [PKIOperation]}
                    fault: {type: delay, millis: 300}
                """));
        byte[] message = new PkcsReqBuilder(DeviceIdentity.create("pipelined", Optional.empty()),
                ndes.server().pki().ra().encryption().certificate()).build();
        String path = URI.create(ndes.scepUrl()).getPath();
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(("POST " + path + "?operation=PKIOperation HTTP/1.1\r\nHost: ndes\r\nContent-Type: application/x-pki-message\r\n"
                + "Content-Length: " + message.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        both.write(message);
        both.write(("GET " + path + "?operation=GetCACaps HTTP/1.1\r\nHost: ndes\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));

        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            http.write(both.toByteArray());
            RawHttp.Answer first = http.read();
            RawHttp.Answer second = http.read();

            assertThat(first.header("Content-Type")).isEqualTo("application/x-pki-message");
            assertThat(second.header("Content-Type")).startsWith("text/plain");
            assertThat(new String(second.body(), StandardCharsets.US_ASCII)).contains("POSTPKIOperation");
        }
    }

    @Test
    void requestsPipelinedOnAConnectionThatIsResetAreDropped() throws Exception {
        ndes.server().scenario().use(ScenarioLoader.parse("pipelining-reset", """
                name: pipelining-reset
                title: GetCACert resets the connection
                rules:
                  - match: {operation: [GetCACert]}
                    fault: {type: reset}
                """));
        String path = URI.create(ndes.scepUrl()).getPath();
        String request = "GET " + path + "?operation=%s HTTP/1.1\r\nHost: ndes\r\n\r\n";
        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            http.write((request.formatted("GetCACert") + request.formatted("GetCACaps")).getBytes(StandardCharsets.ISO_8859_1));

            assertThat(http.closedByServer()).isTrue();
        }
        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            assertThat(http.send("GET", path + "?operation=GetCACaps", java.util.Map.of(), null).status()).isEqualTo(200);
        }
    }
}
