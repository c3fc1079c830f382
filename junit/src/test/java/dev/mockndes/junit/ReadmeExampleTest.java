package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's example test class is {@code readme/EnrolmentTest.java} (which the build compiles and
 * runs) word for word, but for its package line, so the copy-pasted example is known to work.
 */
class ReadmeExampleTest {
    @Test
    void theReadmesExampleIsTheTestThatRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String example = Files.readString(Path.of("src/test/java/dev/mockndes/junit/readme/EnrolmentTest.java"))
                .replaceFirst("package dev\\.mockndes\\.junit\\.readme;\\n\\n", "");

        assertThat(readme).contains("```java\n" + example + "```");
    }
}
