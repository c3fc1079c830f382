package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.support.Processes;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** What every mock-ndes command promises: help with examples, one-line errors, JSON for data, completion, colour only on a terminal. */
class CommandLineConventionsTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @TempDir
    Path dir;

    @Test
    void everyCommandsHelpHasAnExamplesSectionWithRunnableLines() {
        List<String> checked = new ArrayList<>();
        forEachCommand(MockNdesCommand.commandLine(), command -> {
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(usage).as(command.getCommandSpec().qualifiedName()).contains("Examples:");
            assertThat(usage.substring(usage.indexOf("Examples:")).lines().skip(1).filter(l -> !l.isBlank()).toList())
                    .as(command.getCommandSpec().qualifiedName()).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.strip()).containsPattern("^(\\S+=\\S+ )*(source <\\()?(echo '.*)?mock-ndes"));
            checked.add(command.getCommandSpec().qualifiedName());
        });
        assertThat(checked).contains("mock-ndes serve", "mock-ndes scenarios list", "mock-ndes scenario use", "mock-ndes ca export",
                "mock-ndes completion", "mock-ndes health", "mock-ndes help");
    }

    @Test
    void helpExitsZero() {
        forEachCommand(MockNdesCommand.commandLine(), command -> {
            List<String> path = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
            path.remove(0);
            path.add("--help");
            assertThat(CaExportCommandTest.run(path.toArray(String[]::new)).code()).as(String.join(" ", path)).isZero();
        });
    }

    static Stream<Arguments> badInvocations() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed;
        return Stream.of(
                Arguments.of(List.of(), 2),
                Arguments.of(List.of("nonsense"), 2),
                Arguments.of(List.of("serve", "--port", "abc"), 2),
                Arguments.of(List.of("serve", "--tls-p12", "/nonexistent/server.p12"), 2),
                Arguments.of(List.of("scenarios"), 2),
                Arguments.of(List.of("scenarios", "show", "no-such-scenario"), 1),
                Arguments.of(List.of("scenarios", "list", "--dir", "/nonexistent/scenarios"), 1),
                Arguments.of(List.of("scenarios", "validate", "/nonexistent/scenario.yaml"), 1),
                Arguments.of(List.of("scenario"), 2),
                Arguments.of(List.of("scenario", "current", "--admin", nowhere), 1),
                Arguments.of(List.of("health", "--admin", nowhere), 1),
                Arguments.of(List.of("ca"), 2),
                Arguments.of(List.of("ca", "export", "--url", nowhere + "/certsrv/mscep/mscep.dll"), 1),
                Arguments.of(List.of("completion", "fish"), 2));
    }

    @ParameterizedTest
    @MethodSource("badInvocations")
    void errorsAreOneOrTwoClearLinesAndANonZeroExit(List<String> args, int expectedCode) {
        CaExportCommandTest.Run run = CaExportCommandTest.run(args.toArray(String[]::new));

        assertThat(run.code()).isEqualTo(expectedCode);
        assertThat(run.err()).startsWith(args.contains("validate") ? "/nonexistent/scenario.yaml" : "mock-ndes: ")
                .doesNotContain("\tat ").doesNotContain("null").doesNotContainPattern("\\b[A-Z]\\w*Exception\\b");
        assertThat(run.err().lines().count()).as("one or two lines: " + run.err()).isBetween(1L, 2L);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void scenariosListAndValidateSpeakJsonOnRequest() throws Exception {
        CaExportCommandTest.Run list = CaExportCommandTest.run("scenarios", "list", "--json");
        Path good = Files.writeString(dir.resolve("good.yaml"), "name: good\ntitle: fine\nrules: []\n");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\ntitle: broken\nrulez: []\n");
        CaExportCommandTest.Run validate = CaExportCommandTest.run("scenarios", "validate", "--json", good.toString(), bad.toString());

        JsonNode scenarios = new ObjectMapper().readTree(list.out());
        assertThat(scenarios.findValuesAsText("name")).contains("healthy", "app-pool-stopped");
        assertThat(scenarios.get(0).get("title").asText()).isNotBlank();
        assertThat(validate.code()).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(validate.out());
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(1).get("ok").asBoolean()).isFalse();
        assertThat(results.get(1).get("error").asText()).contains("bad.yaml:3").contains("rulez");
    }

    @Test
    void theCompletionScriptCompletesCommandsInBash() throws Exception {
        CaExportCommandTest.Run completion = CaExportCommandTest.run("completion");
        Path script = Files.writeString(dir.resolve("mock-ndes-completion.bash"), completion.out());

        assertThat(complete(script, "mock-ndes sc")).containsExactlyInAnyOrder("scenarios", "scenario");
        assertThat(complete(script, "mock-ndes ca ex")).containsExactly("export");
        assertThat(complete(script, "mock-ndes serve --tls-")).contains("--tls-host", "--tls-p12", "--tls-p12-password");
        assertThat(CaExportCommandTest.run("completion", "zsh").out()).isEqualTo(completion.out()).contains("bashcompinit");
    }

    @Test
    void helpIsColouredOnlyWhenForcedAndNeverWithNoColor() throws Exception {
        assertThat(helpInProcess(Map.of())).doesNotContain("\u001B[");
        assertThat(helpInProcess(Map.of("CLICOLOR_FORCE", "1"))).contains("\u001B[");
        assertThat(helpInProcess(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"))).doesNotContain("\u001B[");
    }

    @Test
    void healthAnswersZeroForARunningServer() throws Exception {
        CaExportCommandTest.Run run = CaExportCommandTest.run("health", "--admin", ndes.adminUrl());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"status\":\"ok\"");
    }

    private List<String> complete(Path script, String line) throws Exception {
        String[] words = line.split(" ", -1);
        String bash = "source " + script + "\n"
                + "COMP_WORDS=(" + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_mock-ndes\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Processes.Result result = Processes.run(dir, 30, List.of(Processes.require("bash", "bash"), "-c", bash));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output().lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    }

    private String helpInProcess(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MockNdesCommand.class.getName(), "serve", "--help")
                .redirectErrorStream(true);
        builder.environment().remove("NO_COLOR");
        builder.environment().remove("CLICOLOR_FORCE");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(output).contains("Examples:");
        return output;
    }

    private static void forEachCommand(CommandLine command, java.util.function.Consumer<CommandLine> action) {
        action.accept(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> forEachCommand(sub, action));
    }
}
