package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example test class in docs/junit.md is {@code readme/EnrolmentTest.java} (which the build compiles and
 * runs) word for word, but for its package line, so the copy-pasted example is known to work.
 */
class ReadmeExampleTest {
    @Test
    void theDocumentedExampleIsTheTestThatRuns() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "junit.md"));
        String example = Files.readString(Path.of("src/test/java/dev/mockndes/junit/readme/EnrolmentTest.java"))
                .replaceFirst("package dev\\.mockndes\\.junit\\.readme;\\n\\n", "");

        assertThat(page).contains("```java\n" + example + "```");
    }
}
