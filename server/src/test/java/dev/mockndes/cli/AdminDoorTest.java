package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The admin door: the admin API stays on loopback whatever {@code --bind} says, and off loopback it
 * needs a token or the explicit {@code --admin-without-token}.
 */
class AdminDoorTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path logs;

    @ParameterizedTest(name = "--bind {0} --admin-bind {1} token={2} opt-out={3}: {4}")
    @CsvSource({
            "127.0.0.1, ,          false, false, starts",
            "0.0.0.0,   ,          false, false, starts",
            "0.0.0.0,   127.0.0.1, false, false, starts",
            "0.0.0.0,   ::1,       false, false, starts",
            "0.0.0.0,   localhost, false, false, starts",
            "127.0.0.1, 0.0.0.0,   false, false, refuses",
            "0.0.0.0,   0.0.0.0,   false, false, refuses",
            "0.0.0.0,   ::,        false, false, refuses",
            "0.0.0.0,   0.0.0.0,   true,  false, starts",
            "0.0.0.0,   ::,        true,  false, starts",
            "0.0.0.0,   0.0.0.0,   false, true,  starts",
            "0.0.0.0,   0.0.0.0,   true,  true,  starts",
            "127.0.0.1, 127.0.0.1, true,  false, starts",
            "127.0.0.1, 127.0.0.1, false, true,  starts"})
    void theAdminApiNeedsATokenOrAnExplicitOptOutOffLoopback(String bind, String adminBind, boolean token, boolean optOut,
                                                             String expected) {
        List<String> args = new ArrayList<>(List.of("serve", "--bind", bind, "--port", "0", "--admin-port", "0",
                "--log-dir", logs.toString()));
        if (adminBind != null) {
            args.addAll(List.of("--admin-bind", adminBind));
        }
        if (token) {
            args.addAll(List.of("--admin-token", "s3cret-token"));
        }
        if (optOut) {
            args.add("--admin-without-token");
        }
        if (expected.equals("starts")) {
            ServerConfig config = config(args);
            assertThat(config.adminBind()).isEqualTo(adminBind == null ? "127.0.0.1" : adminBind);
            assertThat(config.bind()).isEqualTo(bind);
            assertThat(config.adminToken()).isEqualTo(token ? Optional.of("s3cret-token") : Optional.empty());
        } else {
            StringWriter err = new StringWriter();
            int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
            assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
            assertThat(err.toString()).hasLineCount(1)
                    .startsWith("mock-ndes: the admin API would listen on " + adminBind + " without a token")
                    .contains("--admin-token", "MOCK_NDES_ADMIN_TOKEN", "--admin-bind 127.0.0.1", "--admin-without-token")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void bindingScepToEveryInterfaceLeavesTheAdminApiOnLoopback() throws Exception {
        InetAddress outside = nonLoopbackAddress();
        try (MockNdes server = MockNdes.start(config(List.of("serve", "--bind", "0.0.0.0", "--port", "0", "--admin-port", "0",
                "--log-dir", logs.toString())))) {
            int adminPort = URI.create(server.adminUrl()).getPort();
            assertThat(server.adminUrl()).startsWith("http://127.0.0.1:");
            assertThat(get(server.adminUrl() + "/health").statusCode()).isEqualTo(200);
            assertThat(reachable(outside, server.port())).as("SCEP on %s", outside).isTrue();
            assertThat(reachable(outside, adminPort)).as("admin API on %s", outside).isFalse();
        }
    }

    @Test
    void anAdminApiOffLoopbackAsksForTheTokenExceptOnHealthAndTheDashboard() throws Exception {
        InetAddress outside = nonLoopbackAddress();
        try (MockNdes server = MockNdes.start(config(List.of("serve", "--admin-bind", "0.0.0.0", "--admin-token", "s3cret-token",
                "--port", "0", "--admin-port", "0", "--log-dir", logs.toString())))) {
            String admin = "http://" + outside.getHostAddress() + ":" + URI.create(server.adminUrl()).getPort();
            assertThat(get(admin + "/health").statusCode()).isEqualTo(200);
            assertThat(get(admin + "/").statusCode()).isEqualTo(200);
            assertThat(get(admin + "/scenario").statusCode()).isEqualTo(401);
            assertThat(send(HttpRequest.newBuilder(URI.create(admin + "/scenario")).header("Authorization", "Bearer s3cret-tokem"))
                    .statusCode()).isEqualTo(401);
            assertThat(send(HttpRequest.newBuilder(URI.create(admin + "/scenario")).header("Authorization", "Bearer s3cret-token"))
                    .statusCode()).isEqualTo(200);
        }
    }

    private static ServerConfig config(List<String> args) {
        CommandLine.ParseResult parsed = MockNdesCommand.commandLine().parseArgs(args.toArray(String[]::new));
        return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).options.toConfig();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An IPv4 address of this machine other than loopback; the test is skipped on a machine without one. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        Optional<InetAddress> found = NetworkInterface.networkInterfaces().filter(AdminDoorTest::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        assumeTrue(found.isPresent(), "this machine has no non-loopback IPv4 address");
        return found.get();
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
