package dev.mockndes.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin facade over a running server's admin API, for other processes (the CLI). Each call is
 * one HTTP request; a non-2xx answer is an {@link AdminException} with the status and the API's
 * error text, and a server that cannot be reached is an {@link UncheckedIOException} naming the URL.
 */
public final class HttpAdmin implements Admin {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Answers may grow fields; a client reading them must not break on one it does not know. */
    private static final ObjectMapper READER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What an answer that is not the API's {"error": ...} is reported as (another server, or the SCEP port). */
    static final String NOT_THE_API = "an answer that is not from a mock-ndes admin API";

    private final String base;
    private final Optional<String> token;
    private final HttpClient client = HttpClient.newHttpClient();

    /** @param adminUrl the admin API's base URL, e.g. http://127.0.0.1:8081; @param token its bearer token, if it has one */
    public HttpAdmin(String adminUrl, Optional<String> token) {
        this.base = adminUrl.replaceAll("/+$", "");
        this.token = token.filter(t -> !t.isEmpty());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> health() {
        return read(call("GET", "/health", null, null), Map.class);
    }

    @Override
    public List<ScenarioSummary> scenarios() {
        return List.of(read(call("GET", "/scenarios", null, null), ScenarioSummary[].class));
    }

    @Override
    public ScenarioView scenario() {
        return read(call("GET", "/scenario", null, null), ScenarioView.class);
    }

    @Override
    public ScenarioView useScenario(String name) {
        return read(call("PUT", "/scenario", Json.CONTENT_TYPE, json(Map.of("name", name))), ScenarioView.class);
    }

    @Override
    public ScenarioView useScenarioYaml(String yaml) {
        return read(call("PUT", "/scenario", "application/yaml", yaml), ScenarioView.class);
    }

    @Override
    public ScenarioView resetScenario() {
        return read(call("POST", "/reset", null, null), ScenarioView.class);
    }

    @Override
    public FailedRequestList failedRequests() {
        return read(call("GET", "/ca/failed-requests", null, null), FailedRequestList.class);
    }

    @Override
    public PendingList pending() {
        return read(call("GET", "/pending", null, null), PendingList.class);
    }

    @Override
    public PendingView approve(String transactionId) {
        return read(call("POST", "/pending/" + segment(transactionId) + "/approve", null, null), PendingView.class);
    }

    @Override
    public PendingView reject(String transactionId) {
        return read(call("POST", "/pending/" + segment(transactionId) + "/reject", null, null), PendingView.class);
    }

    @Override
    public CertificateList certificates(int limit) {
        return read(call("GET", "/certificates?limit=" + limit, null, null), CertificateList.class);
    }

    @Override
    public CertificateView revoke(BigInteger serial, Optional<Integer> reason) {
        String body = reason.map(r -> json(Map.of("reason", r))).orElse(null);
        return read(call("POST", "/certificates/" + serial.toString(16) + "/revoke", Json.CONTENT_TYPE, body),
                CertificateView.class);
    }

    @Override
    public List<String> recentLines(NdesLog log) {
        return call("GET", log.path(), null, null).lines().toList();
    }

    /** Base64 transaction IDs carry '/', '+' and '=': encoded as one path segment. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String call(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the admin API at " + base + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("interrupted while calling the admin API at " + base, new IOException(e));
        }
        if (response.statusCode() / 100 != 2) {
            throw new AdminException(response.statusCode(), method + " " + path.replaceAll("\\?.*", "") + " answered "
                    + response.statusCode() + ": " + errorText(response.body()));
        }
        return response.body();
    }

    /** The API's {"error": "..."} text, or the body itself when it is not that. */
    private static String errorText(String body) {
        try {
            JsonNode error = READER.readTree(body).path("error");
            return error.isTextual() ? error.asText() : NOT_THE_API;
        } catch (JsonProcessingException e) {
            return NOT_THE_API;
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "connection refused or closed" : message.lines().findFirst().orElse("");
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return READER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the admin API answered something that is not " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return READER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
