package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.Immutable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --data-dir} on a folder that takes no writes: refused before it starts: what, why, and what to do next. */
class ReadOnlyDataDirTest {
    @TempDir
    Path dir;

    @Test
    void serveRefusesToStartOnAFolderThatTakesNoNewFile() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createFile(data.resolve("lock")); // as a previous run leaves it: only creating a new file fails
        CaExportCommandTest.Run run;
        try (Immutable readOnly = Immutable.make(data)) {
            run = CaExportCommandTest.run("serve", "--port", "0", "--admin-port", "0", "--log-dir", dir.resolve("logs").toString(),
                    "--data-dir", data.toString());
        }
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("mock-ndes: cannot use --data-dir " + data + " as a data folder: Operation not permitted\n"
                + "  give a folder on a disk with free space that this user can create and write, e.g. --data-dir ./mock-ndes-data\n");
        assertThat(run.out()).doesNotContain("ready:");
    }
}
