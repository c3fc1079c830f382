package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.RawHttp;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body over the limit gets what IIS's request filtering sends (404.13, IIS's page and headers, an
 * IIS log line), not Netty's bare 413.
 */
class OversizedBodyTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @Test
    void aBodyOverTheLimitIsRequestFilterings404Point13WithItsPageAndLogLine() throws Exception {
        String path = URI.create(ndes.scepUrl()).getPath();
        int length = HttpChannelInitializer.MAX_BODY + 1;
        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            http.write(("POST " + path + "?operation=PKIOperation HTTP/1.1\r\nHost: ndes\r\nContent-Type: application/x-pki-message\r\n"
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            http.write(new byte[64 * 1024]);
            RawHttp.Answer answer = http.read();

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("Server")).isEqualTo("Microsoft-IIS/10.0");
            assertThat(answer.header("Content-Type")).startsWith("text/html");
            assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1)).contains("HTTP Error 404.13 - Not Found");
            assertThat(http.closedByServer()).isTrue();
        }
        assertThat(ndes.iisLog()).anyMatch(line -> line.contains("POST " + path + " operation=PKIOperation") && line.contains(" 404 13 0 "));
        try (RawHttp http = new RawHttp(ndes.scepUrl())) {
            assertThat(http.send("GET", path + "?operation=GetCACaps", Map.of(), null).status()).isEqualTo(200);
        }
    }
}
