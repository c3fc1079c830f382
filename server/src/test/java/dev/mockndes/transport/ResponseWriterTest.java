package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.web.WebResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseWriterTest {

    @Test
    void theSitesServerHeaderComesFirstAfterTheContentType() {
        HttpHeaders headers = new DefaultHttpHeaders();
        ResponseWriter.fillHeaders(headers, Persistence.CLOSE, "Microsoft-IIS/10.0", WebResponse.ok("text/plain", new byte[3]));

        assertThat(headers.names()).containsExactly("Content-Type", "Server", "Date", "Content-Length", "Connection");
        assertThat(headers.get("Server")).isEqualTo("Microsoft-IIS/10.0");
    }

    @Test
    void aResponseThatNamesItsOwnServerReplacesTheSitesAndAnEmptyOneSendsNone() {
        HttpHeaders replaced = new DefaultHttpHeaders();
        HttpHeaders none = new DefaultHttpHeaders();
        ResponseWriter.fillHeaders(replaced, Persistence.CLOSE, "Microsoft-IIS/10.0",
                WebResponse.ok("text/plain", new byte[0]).withHeader("Server", "Microsoft-IIS/8.5").withHeader("X-Powered-By", "ASP.NET"));
        ResponseWriter.fillHeaders(none, Persistence.CLOSE, "Microsoft-IIS/10.0",
                WebResponse.ok("text/plain", new byte[0]).withHeader("Server", "").withHeader("X-Content-Type-Options", "nosniff"));

        assertThat(replaced.getAll("Server")).containsExactly("Microsoft-IIS/8.5");
        assertThat(replaced.names()).startsWith("Content-Type", "Server", "X-Powered-By");
        assertThat(none.contains("Server")).isFalse();
        assertThat(none.names()).startsWith("Content-Type", "X-Content-Type-Options", "Date");
    }
}
