package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario the extension cannot use is named, with the reason and what to give instead, and no Java class name. */
class ScenariosTest {
    @Test
    void anUnknownNameSaysWhichNamesExistAndWhatElseToGive() {
        assertThatThrownBy(() -> Scenarios.resolve("app-pool-stoped"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'app-pool-stoped'").hasMessageContaining("app-pool-stopped")
                .hasMessageContaining("give a library name or the path of a .yaml file")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aFileWhoseNameDiffersFromItsFileNameIsRefusedWithTheRule(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("slow.yaml");
        Files.writeString(file, "name: fast\ntitle: misnamed\n");

        assertThatThrownBy(() -> Scenarios.resolve(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slow.yaml").hasMessageContaining("fast")
                .hasMessageContaining("mock-ndes scenarios validate")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aMissingFileSaysSoInTheSystemsWords() {
        assertThatThrownBy(() -> Scenarios.resolve("missing.yaml"))
                .hasMessageContaining("missing.yaml").hasMessageContaining("No such file or directory")
                .hasMessageNotContaining("Exception");
    }
}
