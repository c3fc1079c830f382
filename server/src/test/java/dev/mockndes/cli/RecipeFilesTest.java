package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The CI recipes in docs/recipes are valid YAML, build the jar with the command docs/deployment.md
 * documents, and start it with a {@code serve} command the real CLI parses, with a ready file to wait for.
 */
class RecipeFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String BUILD = "mvn -B package -Dmaven.test.skip=true";

    @ParameterizedTest
    @ValueSource(strings = {"docs/recipes/github-actions.yml", "docs/recipes/gitlab-ci.yml"})
    void aCiRecipeBuildsAndStartsTheJarAsDocumented(String recipe) throws Exception {
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve(recipe).toFile());
        assertThat(yaml).as("%s is a YAML mapping", recipe).isNotNull();
        assertThat(yaml.isObject()).isTrue();
        List<String> lines = shellLines(yaml);

        assertThat(Files.readAllLines(ROOT.resolve("docs/deployment.md"))).as("the documented build command").contains(BUILD);
        assertThat(lines).as("%s builds the jar as documented", recipe).anyMatch(line -> line.contains(BUILD));

        String serve = lines.stream().filter(line -> line.contains("mock-ndes.jar serve")).findFirst()
                .orElseThrow(() -> new AssertionError(recipe + " does not start mock-ndes"));
        String[] args = serve.substring(serve.indexOf("mock-ndes.jar serve") + "mock-ndes.jar ".length()).replaceAll("[&>].*$", "").replace("\"", "").trim().split("\\s+");
        CommandLine.ParseResult parsed = MockNdesCommand.commandLine().parseArgs(args);
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("serve");
        assertThat(parsed.subcommand().hasMatchedOption("--ready-file")).as("%s waits for the ready file", recipe).isTrue();
        String readyFile = parsed.subcommand().matchedOptionValue("--ready-file", Path.of("")).toString();
        assertThat(lines).as("%s reads the SCEP URL from the ready file", recipe)
                .anyMatch(line -> line.contains("jq -r .scepUrl") && line.contains(readyFile));
    }

    /** Every string in the YAML that is a shell step ({@code run:} blocks, {@code script:} items), one line each. */
    private static List<String> shellLines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        if (node.isTextual()) {
            lines.addAll(node.asText().lines().toList());
        }
        node.forEach(child -> lines.addAll(shellLines(child)));
        return lines;
    }
}
