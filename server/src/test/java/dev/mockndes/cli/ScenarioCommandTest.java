package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code mock-ndes scenario use} against a server whose admin API needs a bearer token. */
class ScenarioCommandTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withAdminToken("t0ken"));

    @Test
    void useSwitchesTheScenarioOfARunningServer() throws Exception {
        StringWriter out = new StringWriter();
        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out))
                .execute("scenario", "use", "app-pool-stopped", "--admin", ndes.adminUrl(), "--token", "t0ken");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"name\":\"app-pool-stopped\"");
        assertThat(status(ndes.scepUrl() + "?operation=GetCACaps")).isEqualTo(503);

        MockNdesCommand.commandLine().execute("scenario", "use", "healthy", "--admin", ndes.adminUrl(), "--token", "t0ken");
        assertThat(status(ndes.scepUrl() + "?operation=GetCACaps")).isEqualTo(200);
    }

    @Test
    void withoutTheTokenTheCallIsRefusedWithOneLineButHealthStaysOpen() throws Exception {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                .execute("scenario", "use", "app-pool-stopped", "--admin", ndes.adminUrl());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("mock-ndes: the admin API at " + ndes.adminUrl() + " refused the call: PUT /scenario answered 401")
                .contains("--token").hasLineCount(2);
        assertThat(status(ndes.adminUrl() + "/health")).isEqualTo(200);
        assertThat(status(ndes.scepUrl() + "?operation=GetCACaps")).isEqualTo(200);
    }

    @Test
    void anUnknownScenarioIsOneLineAndExitOne() {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                .execute("scenario", "use", "nope", "--admin", ndes.adminUrl(), "--token", "t0ken");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("404").contains("unknown scenario 'nope'");
    }

    @Test
    void useWithAFileChecksItHereAndSendsItsYamlToTheServer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("teapot.yaml");
        java.nio.file.Files.writeString(file, """
                name: teapot
                title: Every GetCACaps answers 500
                rules:
                  - match: {operation: [GetCACaps]}
                    fault: {type: iis-error, status: 500, substatus: 0, win32: 0}
                """);
        StringWriter out = new StringWriter();
        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out))
                .execute("scenario", "use", file.toString(), "--admin", ndes.adminUrl(), "--token", "t0ken");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"name\":\"teapot\"");
        assertThat(status(ndes.scepUrl() + "?operation=GetCACaps")).isEqualTo(500);
    }

    @Test
    void useWithAFileWhoseNameDiffersFromItsFileNameIsRefusedAsServeRefusesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path file = folder.resolve("teapot.yaml");
        java.nio.file.Files.writeString(file, "name: kettle\ntitle: misnamed\n");
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                .execute("scenario", "use", file.toString(), "--admin", ndes.adminUrl(), "--token", "t0ken");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("kettle", "teapot");
        assertThat(ndes.server().scenario().current().name()).isEqualTo("healthy");
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
