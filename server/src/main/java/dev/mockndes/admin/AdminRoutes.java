package dev.mockndes.admin;

import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The admin API's route table: one small action per method and path. A path is exact, or a template
 * whose {@code {name}} segments match any one segment (the action reads them with {@link PathTemplate}).
 * An action that throws {@link IllegalArgumentException} is the caller's fault and becomes a 400 with
 * the message; an {@link AdminException} becomes its own status with its message. Slow actions ({@link #onAsync}) must not block the event loop that calls them.
 */
public final class AdminRoutes implements WebApplication {
    private final Map<String, Function<WebRequest, CompletionStage<WebResponse>>> actions = new LinkedHashMap<>();
    private final Map<PathTemplate, String> templates = new LinkedHashMap<>();
    private final Set<String> publicRoutes = new HashSet<>();
    private byte[] token;
    private Executor blocking = ForkJoinPool.commonPool();

    /** Every route but the public ones then needs {@code Authorization: Bearer <token>}; compared in constant time. */
    public AdminRoutes requireToken(String bearerToken) {
        this.token = ("Bearer " + bearerToken).getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public AdminRoutes on(String method, String path, Function<WebRequest, WebResponse> action) {
        return onAsync(method, path, request -> CompletableFuture.completedFuture(action.apply(request)));
    }

    /** An action that answers later; it must return at once and finish the work elsewhere. */
    public AdminRoutes onAsync(String method, String path, Function<WebRequest, CompletionStage<WebResponse>> action) {
        if (path.contains("{")) {
            templates.put(PathTemplate.of(path), path);
        }
        actions.put(method + " " + path, action);
        return this;
    }

    /** Where {@link #onBlocking} actions run: the server's workers in a running server, never an event loop. */
    public AdminRoutes blockingWorkOn(Executor executor) {
        this.blocking = executor;
        return this;
    }

    /** An action that signs or forces a journal to disk: it runs on the blocking executor, off the event loop. */
    public AdminRoutes onBlocking(String method, String path, Function<WebRequest, WebResponse> action) {
        return onAsync(method, path, request -> {
            try {
                return CompletableFuture.supplyAsync(() -> action.apply(request), blocking);
            } catch (RejectedExecutionException e) {
                return CompletableFuture.completedFuture(Json.error(503, "the server is too busy for this call; try again"));
            }
        });
    }

    /** A route anyone may call even when a token is required: the health check and the dashboard's own files. */
    public AdminRoutes onPublic(String method, String path, Function<WebRequest, WebResponse> action) {
        publicRoutes.add(method + " " + path);
        return on(method, path, action);
    }

    /** Every route as "METHOD path" (templates with their {@code {name}} segments), in the order they were added. */
    public java.util.List<String> routes() {
        return java.util.List.copyOf(actions.keySet());
    }

    /** Whether a route needs no token. */
    public boolean isPublic(String method, String path) {
        return publicRoutes.contains(method + " " + path);
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        String path = route(request.path());
        if (!authorized(request, path)) {
            return CompletableFuture.completedFuture(Json.error(401, request.header("authorization").isEmpty()
                    ? "this admin API needs a bearer token and the request has none: send 'Authorization: Bearer TOKEN' "
                            + "(the mock-ndes CLI: --token TOKEN or MOCK_NDES_ADMIN_TOKEN)"
                    : "the bearer token is not the one this server was started with (its --admin-token): send that one "
                            + "(the mock-ndes CLI: --token TOKEN or MOCK_NDES_ADMIN_TOKEN)")
                    .withHeader("WWW-Authenticate", "Bearer"));
        }
        Function<WebRequest, CompletionStage<WebResponse>> action = actions.get(request.method() + " " + path);
        if (action == null) {
            boolean pathKnown = actions.keySet().stream().anyMatch(key -> key.endsWith(" " + path));
            return CompletableFuture.completedFuture(pathKnown
                    ? Json.error(405, "method " + request.method() + " is not allowed on " + request.path()
                            + ": the routes and their methods are listed in docs/admin-api.md")
                    : Json.error(404, "no admin route " + request.path() + ": the routes are listed in docs/admin-api.md"));
        }
        try {
            return action.apply(request).exceptionally(AdminRoutes::callerFault);
        } catch (IllegalArgumentException | AdminException e) {
            return CompletableFuture.completedFuture(callerFault(e));
        }
    }

    /** The registered path this request path falls under: itself, or the first template it matches. */
    private String route(String path) {
        for (Map.Entry<PathTemplate, String> template : templates.entrySet()) {
            if (template.getKey().matches(path)) {
                return template.getValue();
            }
        }
        return path;
    }

    private static WebResponse callerFault(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof IllegalArgumentException) {
            return Json.error(400, cause.getMessage());
        }
        if (cause instanceof AdminException refused) {
            return Json.error(refused.status(), refused.getMessage());
        }
        if (cause instanceof dev.mockndes.store.DiskWriteFailure disk) {
            return Json.error(500, "not done: " + disk.getMessage());
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
    }

    private boolean authorized(WebRequest request, String path) {
        if (token == null || publicRoutes.contains(request.method() + " " + path)) {
            return true;
        }
        byte[] presented = request.header("authorization").orElse("").getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, presented);
    }
}
