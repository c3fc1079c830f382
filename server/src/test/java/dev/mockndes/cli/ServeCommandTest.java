package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CLI contract other tools rely on: option names, env defaults, the ready line, exit codes. */
class ServeCommandTest {
    private static final Pattern READY = Pattern.compile(
            "ready: scep=(http://127\\.0\\.0\\.1:(\\d+)/certsrv/mscep/mscep\\.dll) ca-sha1=([0-9A-F]{40}) "
                    + "ca-sha256=([0-9A-F]{64}) ca-md5=([0-9A-F]{32})");

    @Test
    void servePrintsTheReadyLineWithTheBoundPortAndThumbprintsAndHonoursEnvironmentDefaults() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("serve", "--port", "0", "--caps", "SHA-256,AES"))
                .redirectErrorStream(true);
        builder.environment().put("MOCK_NDES_BIND", "127.0.0.1");
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher ready = READY.matcher(line == null ? "" : line);
            assertThat(ready.matches()).as("ready line: %s", line).isTrue();
            assertThat(Integer.parseInt(ready.group(2))).isPositive();

            HttpResponse<String> caps = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(ready.group(1) + "?operation=GetCACaps")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(caps.body()).isEqualTo("SHA-256\nAES\n");
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
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
    void versionIsPrinted() {
        StringWriter out = new StringWriter();
        assertThat(MockNdesCommand.commandLine().setOut(new PrintWriter(out)).execute("--version")).isZero();
        assertThat(out.toString()).startsWith("mock-ndes ").doesNotContain("unknown");
    }

    private static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                MockNdesCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
