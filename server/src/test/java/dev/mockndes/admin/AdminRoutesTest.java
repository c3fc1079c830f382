package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdminRoutesTest {

    @Test
    void aBlockingActionRunsOnTheGivenExecutorNotOnTheCallersThread() throws Exception {
        Thread caller = Thread.currentThread();
        AdminRoutes routes = new AdminRoutes().blockingWorkOn(task -> new Thread(task, "blocking-work").start())
                .onBlocking("POST", "/work", request -> Json.ok(Map.of("thread", Thread.currentThread().getName(),
                        "onCaller", Thread.currentThread() == caller)));

        WebResponse response = routes.handle(post("/work")).toCompletableFuture().get(1, TimeUnit.MINUTES);

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"blocking-work\"", "\"onCaller\":false");
    }

    @Test
    void aBlockingActionTheExecutorRefusesIs503NotA500() throws Exception {
        AdminRoutes routes = new AdminRoutes().blockingWorkOn(task -> {
            throw new RejectedExecutionException("queue full");
        }).onBlocking("POST", "/work", request -> Json.ok(Map.of()));

        WebResponse response = routes.handle(post("/work")).toCompletableFuture().get(1, TimeUnit.MINUTES);

        assertThat(response.status()).isEqualTo(503);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("too busy");
    }

    private static WebRequest post(String path) {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 8081);
        return new WebRequest("POST", path, "", Map.of(), new byte[0], local, local, "HTTP/1.1", new ConnectionState());
    }
}
