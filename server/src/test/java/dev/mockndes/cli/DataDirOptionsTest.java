package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.ServerProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage options on the command line: one clear line for every misuse. */
class DataDirOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameDataDirStopsNamingTheFirst() throws Exception {
        try (ServerProcess first = ServerProcess.serve("--data-dir", dir.toString())) {
            StringWriter err = new StringWriter();
            int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                    .execute("serve", "--port", "0", "--admin-port", "0", "--log-dir", dir.resolve("logs").toString(),
                            "--data-dir", dir.toString());
            assertThat(code).isNotZero();
            assertThat(err.toString()).startsWith("mock-ndes: cannot start: " + dir + ": in use by another mock-ndes (pid ")
                    .contains("; give each server its own --data-dir").hasLineCount(2);
        }
    }

    @Test
    void aCaCertificateWithoutItsKeyIsABadOption() {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                .execute("serve", "--import-ca-cert", dir.resolve("ca.pem").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("mock-ndes: --import-ca-cert and --import-ca-key go together: give both").hasLineCount(1);
    }

    @Test
    void anImportFileThatDoesNotExistStopsTheStartNamingIt() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("missing.p12");
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                .execute("serve", "--port", "0", "--admin-port", "0", "--log-dir", dir.resolve("logs").toString(),
                        "--import-ca-p12", missing.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).startsWith("mock-ndes: cannot start: " + missing + ": no such file" + System.lineSeparator())
                .hasLineCount(2);
    }
}
