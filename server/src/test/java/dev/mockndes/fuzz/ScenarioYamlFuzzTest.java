package dev.mockndes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;

/**
 * The scenario loader, as the admin API's PUT /scenario and the CLI feed it: any text, anchors,
 * aliases, deep nesting and huge scalars included, either loads or is refused with a
 * {@link ScenarioException} whose message is {@code source[:line:col]: problem}, the line within
 * the text; nothing else escapes.
 */
class ScenarioYamlFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyYamlLoadsOrIsRefusedWithFileLineAndAProblem(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        try {
            ScenarioLoader.parse("fuzz.yaml", yaml);
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).matches("(?s)fuzz\\.yaml(:\\d+:\\d+)?: \\S.*");
            assertThat(e.line()).isBetween(0, (int) yaml.lines().count() + 1);
            for (String internal : new String[] {"Exception", "com.fasterxml", "org.yaml"}) {
                if (!yaml.contains(internal)) { // a message may quote the input back
                    assertThat(e.getMessage()).doesNotContain(internal);
                }
            }
        }
    }
}
