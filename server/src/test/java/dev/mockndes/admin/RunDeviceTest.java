package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /devices/run without a server: the route's deadline, its two slots, and what it passes to the runner. */
class RunDeviceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CountDownLatch release = new CountDownLatch(1);

    /** A device that waits until the test releases it, then succeeds. */
    private final DeviceRunner stuck = new DeviceRunner() {
        @Override
        public List<String> profiles() {
            return List.of("android");
        }

        @Override
        public DeviceRunResult run(String profile, Optional<String> challenge) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new DeviceRunResult(profile, "success", List.of("challenge " + challenge.orElse("none")));
        }
    };

    @AfterEach
    void releaseDevices() {
        release.countDown();
    }

    @Test
    void aDeviceWithoutAnAnswerBeforeTheDeadlineIsReportedAsTimeout() throws Exception {
        AdminRoutes routes = new AdminRoutes().onAsync("POST", "/devices/run", new RunDevice(stuck, Duration.ofMillis(50)));

        WebResponse response = call(routes, "{\"profile\":\"android\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("outcome").asText()).isEqualTo("timeout");
        assertThat(result.get("log").toString()).contains("no answer within");
    }

    @Test
    void aThirdDeviceWhileTwoAreRunningIsRefusedWith503AndASlotFreesWhenOneEnds() throws Exception {
        AdminRoutes routes = new AdminRoutes().onAsync("POST", "/devices/run", new RunDevice(stuck, Duration.ofMinutes(5)));
        var first = routes.handle(request("{\"profile\":\"android\",\"challenge\":\"s3cret\"}")).toCompletableFuture();
        var second = routes.handle(request("{\"profile\":\"android\"}")).toCompletableFuture();

        WebResponse third = call(routes, "{\"profile\":\"android\"}");
        assertThat(third.status()).isEqualTo(503);
        assertThat(new String(third.body(), StandardCharsets.UTF_8)).contains("already running");

        release.countDown();
        assertThat(JSON.readTree(first.get(1, TimeUnit.MINUTES).body()).get("log").get(0).asText()).isEqualTo("challenge s3cret");
        assertThat(JSON.readTree(second.get(1, TimeUnit.MINUTES).body()).get("log").get(0).asText()).isEqualTo("challenge none");
        assertThat(call(routes, "{\"profile\":\"android\",\"challenge\":\"\"}").status()).isEqualTo(200);
    }

    @Test
    void aJsonNullBodyIsACallerErrorNotAServerError() throws Exception {
        AdminRoutes routes = new AdminRoutes().onAsync("POST", "/devices/run", new RunDevice(stuck, Duration.ofMinutes(5)));
        WebResponse response = call(routes, "null");
        assertThat(response.status()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("not null");
    }

    @Test
    void anUnknownProfileIsRefusedBeforeAnyDeviceStarts() throws Exception {
        AdminRoutes routes = new AdminRoutes().onAsync("POST", "/devices/run", new RunDevice(stuck, Duration.ofMinutes(5)));
        WebResponse response = call(routes, "{\"profile\":\"ios\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("unknown device profile 'ios'; known: android");
    }

    private static WebResponse call(AdminRoutes routes, String body) throws Exception {
        return routes.handle(request(body)).toCompletableFuture().get(1, TimeUnit.MINUTES);
    }

    private static WebRequest request(String body) {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 8081);
        return new WebRequest("POST", "/devices/run", "", Map.of("content-type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8), local, local, "HTTP/1.1", new ConnectionState());
    }
}
