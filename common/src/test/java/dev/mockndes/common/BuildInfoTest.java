package dev.mockndes.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theBuildWritesItsVersionAndTheCommitItWasMadeFrom() throws Exception {
        BuildInfo build = BuildInfo.current();
        assertThat(build.version()).isNotEqualTo(BuildInfo.UNKNOWN).doesNotContain("${");
        // This test runs inside the project's git checkout, so the build knows the commit: HEAD's.
        String head = new String(new ProcessBuilder("git", "rev-parse", "HEAD").start().getInputStream().readAllBytes()).strip();
        assertThat(build.commit()).matches("[0-9a-f]{12}");
        assertThat(head).startsWith(build.commit());
        assertThat(build.describe()).isEqualTo(build.version() + " (commit " + build.commit() + ")");
    }

    @Test
    void placeholdersTheBuildCouldNotFillInReadAsUnknown() {
        Properties outsideGit = new Properties();
        outsideGit.setProperty("version", "1.2.3");
        outsideGit.setProperty("commit", "${buildNumber}");
        assertThat(BuildInfo.from(outsideGit)).isEqualTo(new BuildInfo("1.2.3", "unknown"));
        assertThat(BuildInfo.from(new Properties())).isEqualTo(new BuildInfo("unknown", "unknown"));
    }
}
