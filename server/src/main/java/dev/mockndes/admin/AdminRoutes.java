package dev.mockndes.admin;

import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The admin API's route table: one small action per method and path. An action that throws
 * {@link IllegalArgumentException} is the caller's fault and becomes a 400 with the message.
 */
public final class AdminRoutes implements WebApplication {
    private final Map<String, Function<WebRequest, WebResponse>> actions = new LinkedHashMap<>();
    private byte[] token;

    /** Every route but GET /health then needs {@code Authorization: Bearer <token>}; compared in constant time. */
    public AdminRoutes requireToken(String bearerToken) {
        this.token = ("Bearer " + bearerToken).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    public AdminRoutes on(String method, String path, Function<WebRequest, WebResponse> action) {
        actions.put(method + " " + path, action);
        return this;
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        Function<WebRequest, WebResponse> action = actions.get(request.method() + " " + request.path());
        WebResponse response;
        if (!authorized(request)) {
            response = Json.error(401, "this admin API needs 'Authorization: Bearer <token>' (see --admin-token)")
                    .withHeader("WWW-Authenticate", "Bearer");
        } else if (action == null) {
            boolean pathKnown = actions.keySet().stream().anyMatch(key -> key.endsWith(" " + request.path()));
            response = pathKnown ? Json.error(405, "method " + request.method() + " is not allowed on " + request.path())
                    : Json.error(404, "no admin route " + request.path());
        } else {
            try {
                response = action.apply(request);
            } catch (IllegalArgumentException e) {
                response = Json.error(400, e.getMessage());
            }
        }
        return CompletableFuture.completedFuture(response);
    }

    private boolean authorized(WebRequest request) {
        if (token == null || (request.method().equals("GET") && request.path().equals("/health"))) {
            return true;
        }
        byte[] presented = request.header("authorization").orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.security.MessageDigest.isEqual(token, presented);
    }
}
