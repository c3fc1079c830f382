package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --verbose} says, after the ready line, what each phase of the start took. */
class ServeVerboseTest {

    @Test
    void verboseServePrintsEveryStartPhaseAfterTheReadyLine(@TempDir Path logs) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("serve", "--port", "0", "--admin-port", "0", "--log-dir", logs.toString(), "--verbose", "--exit-when-ready");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("ready: scep=http://127.0.0.1:");
        assertThat(err.toString()).contains("mock-ndes: start-up phases:", "command line and configuration",
                "RSA key and CA certificate", "log files", "worker and network threads", "waiting for the PKI",
                "assembling the site", "SCEP listener", "admin API and its listener").containsPattern("ready \\d+ ms after");
    }

    @Test
    void withoutVerboseTheStartSaysNothingOnStderr(@TempDir Path logs) {
        StringWriter err = new StringWriter();

        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("serve", "--port", "0", "--admin-port", "0", "--log-dir", logs.toString(), "--exit-when-ready");

        assertThat(code).isZero();
        assertThat(err.toString()).doesNotContain("start-up phases");
    }
}
