package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code scep-harness matrix} against a running mock: the table the client harness page shows, and the scenario restored. */
class MatrixCommandTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @Test
    void printsTheScenarioByDeviceTableAndRestoresTheScenarioInForce() {
        ndes.server().scenario().use(dev.mockndes.scenario.ScenarioLibrary.builtIn().get("slow-ndes"));
        StringWriter out = new StringWriter();
        int code = HarnessCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("matrix", ndes.scepUrl(), "--admin", ndes.adminUrl(), "--scenario", "healthy,app-pool-stopped,url-too-long",
                        "--device", "android,ios");

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("""
                | scenario | android | ios |
                |---|---|---|
                | `healthy` | success | success |
                | `app-pool-stopped` | http-status 503 | http-status 503 |
                | `url-too-long` | success | http-status 404 |
                """);
        assertThat(ndes.server().scenario().current().name()).isEqualTo("slow-ndes");
    }

    @Test
    void anAdminUrlWhereNothingListensIsExplained() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        StringWriter err = new StringWriter();
        int code = HarnessCommand.commandLine().setErr(new PrintWriter(err))
                .execute("matrix", ndes.scepUrl(), "--admin", "http://127.0.0.1:" + closed);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach the admin API", "Connection refused", "admin=URL").hasLineCount(2);
    }
}
