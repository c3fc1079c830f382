package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The probe output docs/client-harness.md shows is what the probe prints against {@code --scenario
 * url-too-long}: the same steps in the same order with the same verdicts, and the diagnosis word for
 * word. Values that change from run to run (thumbprints, serials, dates, times, the latency verdict) are not compared.
 */
class ShownProbeOutputTest {
    private static final Path PAGE = Path.of("../docs/client-harness.md");
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withChallenge("s3cret"));

    @Test
    void theProbeExampleIsWhatTheProbePrints() throws Exception {
        List<String> shown = shownBlock("$ ./scep-harness probe ");
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("url-too-long"));
        StringWriter out = new StringWriter();
        int exit = HarnessCommand.commandLine().setOut(new PrintWriter(out)).execute("probe", ndes.scepUrl(), "--challenge", "s3cret");
        List<String> printed = out.toString().lines().toList();

        assertThat(exit).isEqualTo(1);
        assertThat(printed).hasSameSizeAs(shown);
        for (int i = 1; i < shown.size(); i++) {
            String line = shown.get(i);
            if (line.matches("  \\[\\w+\\] +latency .*")) { // its verdict depends on how busy this machine is
                assertThat(printed.get(i)).as("step line %d", i).matches("  \\[\\w+\\] +latency .*");
            } else if (line.startsWith("  [")) {
                assertThat(printed.get(i)).as("step line %d", i).startsWith(line.substring(0, 22));
            } else {
                assertThat(printed.get(i)).as("line %d", i).isEqualTo(line);
            }
        }
    }

    /** The lines of the code block that starts with the command, without the command. */
    private static List<String> shownBlock(String command) throws Exception {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(command)).findFirst().orElseThrow());
        int end = start + 1;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }
}
