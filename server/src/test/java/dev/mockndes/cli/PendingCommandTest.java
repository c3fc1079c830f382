package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.mockndes.enroll.ApprovalSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.ScepPost;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code mock-ndes pending list|approve|reject} and {@code mock-ndes certificates revoke} through the admin API. */
class PendingCommandTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withAdminToken("t0ken")
            .withApproval(ApprovalSettings.manual()));

    @Test
    void listShowsAWaitingRequestAndRejectDecidesIt() throws Exception {
        DeviceIdentity device = DeviceIdentity.create("cli-pending", Optional.empty());
        String transactionId = "CLI/1+x=";
        ScepPost.pkiOperation(ndes.scepUrl(), new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate())
                .transactionId(transactionId).build());

        StringWriter listed = new StringWriter();
        assertThat(MockNdesCommand.commandLine().setOut(new PrintWriter(listed))
                .execute("pending", "list", "--admin", ndes.adminUrl(), "--token", "t0ken")).isZero();
        assertThat(listed.toString()).contains("\"transactionId\":\"CLI/1+x=\"", "\"state\":\"WAITING\"", "CN=cli-pending");

        StringWriter rejected = new StringWriter();
        assertThat(MockNdesCommand.commandLine().setOut(new PrintWriter(rejected))
                .execute("pending", "reject", transactionId, "--admin", ndes.adminUrl(), "--token", "t0ken")).isZero();
        assertThat(rejected.toString()).contains("\"state\":\"REJECTED\"");

        StringWriter err = new StringWriter();
        assertThat(MockNdesCommand.commandLine().setErr(new PrintWriter(err))
                .execute("pending", "approve", transactionId, "--admin", ndes.adminUrl(), "--token", "t0ken")).isEqualTo(1);
        assertThat(err.toString()).contains("answered 409").hasLineCount(2);
    }

    @Test
    void revokeCallsTheCertificatesContractWithTheSerialInHexAndTheReason() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        HttpServer admin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        admin.createContext("/", exchange -> {
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"serial\":\"4a1f\",\"revoked\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        admin.start();
        try {
            StringWriter out = new StringWriter();
            int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out)).execute("certificates", "revoke", "4A:1F",
                    "--reason", "1", "--admin", "http://127.0.0.1:" + admin.getAddress().getPort());
            assertThat(code).isZero();
            assertThat(seen.get()).isEqualTo("POST /certificates/4a1f/revoke {\"reason\":1}");
            assertThat(out.toString()).contains("\"revoked\":true");
        } finally {
            admin.stop(0);
        }
    }
}
