package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.common.BuildInfo;
import dev.mockndes.support.ServerProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The CLI contract other tools rely on: option names, env defaults, the ready line, exit codes. */
class ServeCommandTest {
    @Test
    void servePrintsTheReadyLineWithTheBoundPortAndThumbprintsAndUsesTheGivenCaps() throws Exception {
        try (ServerProcess server = ServerProcess.serve("--caps", "SHA-256,AES")) {
            assertThat(server.port()).isPositive();
            HttpResponse<String> caps = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.scepUrl() + "?operation=GetCACaps")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(caps.body()).isEqualTo("SHA-256\nAES\n");
        }
    }

    @Test
    void theReadyLineEndsWithTheBuildsVersionAndCommitAfterTheFieldsOlderParsersRead() throws Exception {
        try (ServerProcess server = ServerProcess.serve()) {
            assertThat(server.version()).isEqualTo(BuildInfo.current().version()).isNotEqualTo(BuildInfo.UNKNOWN);
            assertThat(server.commit()).isEqualTo(BuildInfo.current().commit()).matches("[0-9a-f]{12}");
        }
    }

    @Test
    void badOptionsGiveOneClearLineAndANonZeroExit() {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err)).execute("serve", "--caps", "SHA-256,TURBO");
        assertThat(code).isNotZero();
        assertThat(err.toString()).startsWith("mock-ndes: --caps: unknown capability 'TURBO'").hasLineCount(1);
    }

    @Test
    void helpShowsTheOptionsAndEnvironmentVariables() {
        StringWriter out = new StringWriter();
        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out)).execute("serve", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--port", "--bind", "--challenge", "MOCK_NDES_PORT", "Examples:");
    }

    @Test
    void theCommandListShowsWholeSentences() {
        StringWriter out = new StringWriter();
        assertThat(MockNdesCommand.commandLine().setOut(new PrintWriter(out)).execute("--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("Runs a mock NDES with an ephemeral CA, or one kept in --data-dir.")
                .doesNotContain("prints one line:");
    }

    @Test
    void bothToolsPrintTheOneVersionOfTheBuild() {
        StringWriter server = new StringWriter();
        StringWriter harness = new StringWriter();
        MockNdesCommand.commandLine().setOut(new PrintWriter(server)).execute("--version");
        dev.mockndes.harness.HarnessCommand.commandLine().setOut(new PrintWriter(harness)).execute("--version");
        String version = server.toString().strip().replace("mock-ndes ", "");
        assertThat(version).isEqualTo(BuildInfo.current().describe()).matches("\\S+ \\(commit [0-9a-f]{12}\\)");
        assertThat(harness.toString().strip()).isEqualTo("scep-harness " + version);
    }

    @Test
    void plainServeRunsTheLibrarysHealthyWithItsTitleAndDocumentation() {
        ServeCommand serve = new ServeCommand();
        new picocli.CommandLine(serve).setCaseInsensitiveEnumValuesAllowed(true).parseArgs();
        var scenario = serve.options.toConfig().scenario();
        var library = dev.mockndes.scenario.ScenarioLibrary.builtIn().get("healthy");
        assertThat(scenario).isEqualTo(library);
        assertThat(scenario.documentation()).isNotNull();
    }

    @Test
    void versionIsPrinted() {
        StringWriter out = new StringWriter();
        assertThat(MockNdesCommand.commandLine().setOut(new PrintWriter(out)).execute("--version")).isZero();
        assertThat(out.toString()).startsWith("mock-ndes ").doesNotContain("unknown");
    }
}
