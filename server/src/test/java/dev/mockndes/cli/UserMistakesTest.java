package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.HarnessCommand;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The mistakes a new user makes in the first hour, with {@code mock-ndes}, {@code scep-harness} and
 * the admin API: each answer names what failed, says why in the system's or the peer's words, says
 * what to do next, and names no Java class.
 */
@Timeout(120)
class UserMistakesTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withAdminToken("t0ken"));

    private static Path folder;
    private static ServerSocket taken;
    private static int closedPort;

    @BeforeAll
    static void prepare() throws Exception {
        folder = Files.createTempDirectory("mistakes");
        taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        Files.writeString(folder.resolve("a-file"), "not a folder");
        Files.writeString(folder.resolve("slow.yaml"), "name: fast\ntitle: misnamed\n");
    }

    @AfterAll
    static void release() throws Exception {
        taken.close();
    }

    /** One mistake: how it is made, and the words its answer must hold for what, why and next. */
    record Mistake(String description, Callable<String> attempt, String what, String why, String next) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Arguments> mistakes() {
        List<Mistake> all = new ArrayList<>();
        String logs = folder.resolve("logs").toString();
        int busy = taken.getLocalPort();
        int closed = closedPort;
        // mock-ndes serve
        all.add(new Mistake("serve on a SCEP port another program holds",
                () -> mockNdes("serve", "--port", "" + busy, "--admin-port", "0", "--log-dir", logs),
                "--port", "Address already in use", "--port 0"));
        all.add(new Mistake("serve on an admin port another program holds",
                () -> mockNdes("serve", "--port", "0", "--admin-port", "" + busy, "--log-dir", logs),
                "--admin-port", "Address already in use", "--admin-port 0"));
        all.add(new Mistake("serve with the same port twice",
                () -> mockNdes("serve", "--port", "8181", "--admin-port", "8181", "--log-dir", logs),
                "--port and --admin-port are both 8181", "different ports", "0 picks a free one"));
        all.add(new Mistake("serve --bind an address that is not this machine's",
                () -> mockNdes("serve", "--port", "0", "--admin-port", "0", "--bind", "192.0.2.1", "--log-dir", logs),
                "--bind 192.0.2.1", "Cannot assign requested address", "0.0.0.0"));
        all.add(new Mistake("serve --bind a host name that does not resolve",
                () -> mockNdes("serve", "--port", "0", "--admin-port", "0", "--bind", "nosuch.invalid", "--log-dir", logs),
                "--bind nosuch.invalid", "Name or service not known", "127.0.0.1"));
        all.add(new Mistake("serve --log-dir a file",
                () -> mockNdes("serve", "--port", "0", "--admin-port", "0", "--log-dir", folder.resolve("a-file").toString()),
                "--log-dir", "File exists", "give a folder"));
        all.add(new Mistake("serve --data-dir inside a file",
                () -> mockNdes("serve", "--port", "0", "--admin-port", "0", "--log-dir", logs,
                        "--data-dir", folder.resolve("a-file/data").toString()),
                "--data-dir", "Not a directory", "give a folder"));
        all.add(new Mistake("serve --scenario with a name not in the library",
                () -> mockNdes("serve", "--scenario", "app-pool-stoped", "--log-dir", logs),
                "--scenario app-pool-stoped", "unknown scenario", "mock-ndes scenarios list"));
        all.add(new Mistake("serve --scenario with a file that does not exist",
                () -> mockNdes("serve", "--scenario", "missing.yaml", "--log-dir", logs),
                "--scenario missing.yaml", "No such file or directory", "scenarios validate"));
        all.add(new Mistake("serve --scenario with a file whose name: differs from its file name",
                () -> mockNdes("serve", "--scenario", folder.resolve("slow.yaml").toString(), "--log-dir", logs),
                "slow.yaml", "fast", "scenarios validate"));
        all.add(new Mistake("serve --tls-p12 a file that does not exist",
                () -> mockNdes("serve", "--tls-p12", "missing.p12", "--log-dir", logs),
                "--tls-p12", "No such file or directory", "mock-ndes serve --help"));
        all.add(new Mistake("serve --import-ca-cert without its key",
                () -> mockNdes("serve", "--import-ca-cert", "ca.pem", "--log-dir", logs),
                "--import-ca-cert", "go together", "mock-ndes serve --help"));
        all.add(new Mistake("serve with a misspelt option",
                () -> mockNdes("serve", "--prot", "0"),
                "--prot", "Unknown option", "mock-ndes serve --help"));
        all.add(new Mistake("serve --auto-approve-after with a unit that does not exist",
                () -> mockNdes("serve", "--auto-approve-after", "5x"),
                "--auto-approve-after", "5x", "mock-ndes serve --help"));
        // mock-ndes admin clients
        all.add(new Mistake("scenario current while no server listens on the admin URL",
                () -> mockNdes("scenario", "current", "--admin", "http://127.0.0.1:" + closed),
                "cannot reach the admin API at http://127.0.0.1:" + closed, "Connection refused", "--admin URL"));
        all.add(new Mistake("scenario use without the token the server requires",
                () -> mockNdes("scenario", "use", "flaky", "--admin", ndes.adminUrl()),
                "refused the call", "the request has none", "--token TOKEN or MOCK_NDES_ADMIN_TOKEN"));
        all.add(new Mistake("scenario use with a wrong token",
                () -> mockNdes("scenario", "use", "flaky", "--admin", ndes.adminUrl(), "--token", "wrong"),
                "refused the call", "not the one this server was started with", "--token TOKEN or MOCK_NDES_ADMIN_TOKEN"));
        all.add(new Mistake("scenario current with --admin set to the SCEP port",
                () -> mockNdes("scenario", "current", "--admin", ndes.scepUrl().replaceAll("/certsrv.*", ""), "--token", "t0ken"),
                "is not a mock-ndes admin API", "404", "admin=URL"));
        all.add(new Mistake("scenario use a name not in the library",
                () -> mockNdes("scenario", "use", "nope", "--admin", ndes.adminUrl(), "--token", "t0ken"),
                "refused 'mock-ndes scenario use'", "unknown scenario 'nope'", "--help"));
        all.add(new Mistake("scenario use a file that does not exist",
                () -> mockNdes("scenario", "use", "missing.yaml", "--admin", ndes.adminUrl(), "--token", "t0ken"),
                "missing.yaml", "No such file or directory", "scenarios validate"));
        all.add(new Mistake("ca export from a SCEP URL where nothing listens",
                () -> mockNdes("ca", "export", "--url", "http://127.0.0.1:" + closed + "/certsrv/mscep/mscep.dll"),
                "cannot fetch GetCACert from http://127.0.0.1:" + closed, "Connection refused", "--url"));
        // the admin API
        all.add(new Mistake("PUT /scenario with YAML but no Content-Type",
                () -> admin("PUT", "/scenario", "text/plain", "name: flaky\n", "Bearer t0ken"),
                "400", "not JSON", "Content-Type: application/yaml"));
        all.add(new Mistake("PUT /scenario with a misspelt JSON field",
                () -> admin("PUT", "/scenario", "application/json", "{\"nam\":\"flaky\"}", "Bearer t0ken"),
                "400", "unknown field \\\"nam\\\"", "the fields it takes: [\\\"name\\\"]"));
        all.add(new Mistake("PUT /scenario without a token",
                () -> admin("PUT", "/scenario", "application/json", "{\"name\":\"flaky\"}", null),
                "401", "the request has none", "--token TOKEN"));
        all.add(new Mistake("GET a route that does not exist",
                () -> admin("GET", "/scenarioz", null, null, "Bearer t0ken"),
                "404", "no admin route /scenarioz", "docs/admin-api.md"));
        // scep-harness
        all.add(new Mistake("probe a URL without the mscep.dll path",
                () -> harness("probe", "http://127.0.0.1:" + busy),
                "no path in the SCEP URL", "NDES answers SCEP only at", "http://127.0.0.1:" + busy + "/certsrv/mscep/mscep.dll"));
        all.add(new Mistake("enrol against a URL without a scheme",
                () -> harness("enrol", "--device", "android", "ftp://ndes/certsrv/mscep/mscep.dll"),
                "not a SCEP URL", "http:// or https://", "e.g. http://127.0.0.1:8080/certsrv/mscep/mscep.dll"));
        all.add(new Mistake("probe with a device profile that does not exist",
                () -> harness("probe", "--device", "blackberry", "http://127.0.0.1:8080/certsrv/mscep/mscep.dll"),
                "--device 'blackberry'", "known:", "scep-harness probe --help"));
        all.add(new Mistake("probe --timeout without a unit the grammar knows",
                () -> harness("probe", "--timeout", "5x", "http://127.0.0.1:8080/certsrv/mscep/mscep.dll"),
                "--timeout", "5x", "scep-harness probe --help"));
        return all.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void everyMistakeIsAnsweredWithWhatWhyAndNextAndNoJavaClassName(Mistake mistake) throws Exception {
        String answer = mistake.attempt().call();

        assertThat(answer).as("what").contains(mistake.what());
        assertThat(answer).as("why").contains(mistake.why());
        assertThat(answer).as("next").contains(mistake.next());
        assertThat(answer).as("no system-call jargon (Netty's native transport says bind(..) failed with error(-98))")
                .doesNotContain("(..) failed");
        assertThat(answer).as("no Java class names").doesNotContainPattern("\\b(java|javax|dev|com|org|io|sun)\\.[a-z]+\\.")
                .doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b").doesNotContain("UseRequest", "\tat ");
        assertThat(answer.lines().count()).as("one or two lines").isBetween(1L, 2L);
    }

    @org.junit.jupiter.api.Test
    void theTableCoversAtLeastTwentyMistakes() {
        assertThat(mistakes().count()).isGreaterThanOrEqualTo(20);
    }

    /** What {@code mock-ndes ARGS} prints on stderr; it must fail. */
    private static String mockNdes(String... args) {
        return failing(MockNdesCommand.commandLine(), args);
    }

    private static String harness(String... args) {
        return failing(HarnessCommand.commandLine(), args);
    }

    private static String failing(CommandLine commandLine, String... args) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        int code = commandLine.setErr(new PrintWriter(err)).setOut(new PrintWriter(out)).execute(args);
        assertThat(code).as("exit code; stdout: " + out).isNotZero();
        return err.toString();
    }

    /** The status and body of one admin API call, as one line. */
    private static String admin(String method, String path, String contentType, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ndes.adminUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() + " " + response.body();
    }
}
