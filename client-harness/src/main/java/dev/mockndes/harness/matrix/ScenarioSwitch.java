package dev.mockndes.harness.matrix;

import dev.mockndes.common.SystemWords;
import dev.mockndes.harness.cli.HarnessError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three admin API calls the matrix needs, over plain HTTP: list the library, show the scenario
 * in force, switch by name. Answers are read only for their {@code "name"} fields.
 */
final class ScenarioSwitch {
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"\\\\]+)\"");

    private final String admin;
    private final Optional<String> token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ScenarioSwitch(String admin, Optional<String> token) {
        this.admin = admin.replaceAll("/+$", "");
        this.token = token.filter(t -> !t.isEmpty());
    }

    List<String> library() {
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(call("GET", "/scenarios", null));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    String current() {
        Matcher name = NAME.matcher(call("GET", "/scenario", null));
        return name.find() ? name.group(1) : "healthy";
    }

    void use(String scenario) {
        call("PUT", "/scenario", "{\"name\":\"" + scenario.replace("\"", "") + "\"}");
    }

    private String call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HarnessError("cannot reach the admin API at " + admin, SystemWords.of(e),
                    "give --admin the admin=URL of mock-ndes's ready line");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("the matrix was interrupted", "while calling " + admin + path, "run it again");
        }
        if (response.statusCode() == 401) {
            throw new HarnessError("the admin API at " + admin + " refused " + method + " " + path, "it needs its --admin-token",
                    "pass it with --token TOKEN or MOCK_NDES_ADMIN_TOKEN");
        }
        if (response.statusCode() / 100 != 2) {
            throw new HarnessError(method + " " + admin + path + " answered " + response.statusCode(), response.body().strip(),
                    "give --admin the admin=URL of mock-ndes's ready line, and scenario names from 'mock-ndes scenarios list'");
        }
        return response.body();
    }
}
