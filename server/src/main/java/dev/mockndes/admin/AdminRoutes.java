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
 * The admin API's route table: one small action per method and path. A path segment written
 * {@code {name}} matches any one segment (the action reads it with {@link #segment}). An action
 * that throws {@link IllegalArgumentException} is the caller's fault and becomes a 400 with the message.
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
        Function<WebRequest, WebResponse> action = find(request.method(), request.path());
        WebResponse response;
        if (!authorized(request)) {
            response = Json.error(401, "this admin API needs 'Authorization: Bearer <token>' (see --admin-token)")
                    .withHeader("WWW-Authenticate", "Bearer");
        } else if (action == null) {
            boolean pathKnown = actions.keySet().stream().anyMatch(key -> matches(key.substring(key.indexOf(' ') + 1), request.path()));
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

    private Function<WebRequest, WebResponse> find(String method, String path) {
        Function<WebRequest, WebResponse> exact = actions.get(method + " " + path);
        if (exact != null) {
            return exact;
        }
        return actions.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(method + " ") && matches(entry.getKey().substring(method.length() + 1), path))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean matches(String template, String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean variable = want[i].startsWith("{") && want[i].endsWith("}") && !got[i].isEmpty();
            if (!variable && !want[i].equals(got[i])) {
                return false;
            }
        }
        return true;
    }

    /** The {@code index}-th segment of the request path (0 is the one after the leading '/'), percent-decoded ('+' stays '+'). */
    public static String segment(WebRequest request, int index) {
        String raw = request.path().split("/", -1)[index + 1];
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path segment '" + raw + "' is not validly percent-encoded");
        }
    }

    private boolean authorized(WebRequest request) {
        if (token == null || (request.method().equals("GET") && request.path().equals("/health"))) {
            return true;
        }
        byte[] presented = request.header("authorization").orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.security.MessageDigest.isEqual(token, presented);
    }
}
