package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.cli.MockNdesCommand;
import dev.mockndes.support.Await;
import dev.mockndes.support.Processes;
import dev.mockndes.support.ScepPost;
import dev.mockndes.support.ServerProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * micromdm's scepclient against {@code mock-ndes serve --approval manual}: on PENDING it re-posts
 * the identical PKCSReq (after 30 s, not configurable), which the server counts as a poll. An
 * operator approves with {@code mock-ndes pending approve} while it waits, and the re-post collects
 * the certificate.
 */
class MicromdmPendingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServerProcess ndes;
    private static String scepclient;

    @BeforeAll
    static void start() throws Exception {
        scepclient = Processes.require("scepclient", "scep");
        ndes = ServerProcess.serve("--approval", "manual");
    }

    @AfterAll
    static void stop() throws Exception {
        ndes.close();
    }

    @Test
    void scepclientReceivesItsCertificateAfterAnOperatorApprovesWhileItPolls(@TempDir Path dir) throws Exception {
        CompletableFuture<Processes.Result> enrolment = CompletableFuture.supplyAsync(() -> {
            try {
                return Processes.run(dir, 120, List.of(scepclient, "-server-url", ndes.scepUrl(), "-challenge", "any",
                        "-private-key", dir.resolve("key.pem").toString(), "-certificate", dir.resolve("cert.pem").toString(),
                        "-cn", "micromdm-pending"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode waiting = Await.until("scepclient's request in GET /pending", Duration.ofSeconds(60), () -> waitingEntry());
        assertThat(waiting.get("subject").asText()).contains("CN=micromdm-pending");

        StringWriter out = new StringWriter();
        int code = MockNdesCommand.commandLine().setOut(new PrintWriter(out))
                .execute("pending", "approve", waiting.get("transactionId").asText(), "--admin", ndes.adminUrl());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"state\":\"ISSUED\"");

        Processes.Result result = enrolment.get(150, TimeUnit.SECONDS);
        assertThat(result.output()).contains("pkiStatus=PENDING").contains("pkiStatus=SUCCESS");
        assertThat(result.exitCode()).isZero();
        assertThat(dir.resolve("cert.pem")).exists();
        JsonNode after = JSON.readTree(ScepPost.admin(ndes.adminUrl(), "GET", "/pending").body()).get("pending").get(0);
        assertThat(after.get("polls").asInt()).as("the re-post counted as a poll").isGreaterThanOrEqualTo(1);
    }

    private static JsonNode waitingEntry() {
        try {
            JsonNode list = JSON.readTree(ScepPost.admin(ndes.adminUrl(), "GET", "/pending").body()).get("pending");
            return list.isEmpty() ? null : list.get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
