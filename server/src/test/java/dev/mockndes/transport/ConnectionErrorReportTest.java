package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.ndes.ScepOverrides;
import dev.mockndes.web.ErrorPages;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.web.WebResponse;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A connection error closes the connection; only one that is not a socket error is reported on stderr. */
class ConnectionErrorReportTest {
    private final WebHttpHandler handler = new WebHttpHandler(request -> CompletableFuture.completedFuture(WebResponse.ok("text/plain",
            new byte[0])), ExchangeObserver.IGNORE, "test", FaultPolicy.NONE, ScepOverrides.NONE, new RequestJournal(1),
            HttpSysLimits.DEFAULTS, () -> ErrorPages.DETAILED_LOCAL_ONLY);

    @Test
    void aResetByTheClientClosesQuietlyAndAnythingElseIsReported() {
        assertThat(stderrWhenCaught(new IOException("Connection reset by peer"))).isEmpty();
        assertThat(stderrWhenCaught(new IllegalStateException("a handler broke")))
                .isEqualTo("mock-ndes: closing connection after java.lang.IllegalStateException: a handler broke" + System.lineSeparator());
    }

    private String stderrWhenCaught(Throwable cause) {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            channel.pipeline().fireExceptionCaught(cause);
        } finally {
            System.setErr(before);
        }
        assertThat(channel.isOpen()).as("closed either way").isFalse();
        return captured.toString(StandardCharsets.UTF_8);
    }
}
