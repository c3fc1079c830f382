package dev.mockndes.admin;

import dev.mockndes.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's files, read from the jar ({@code dashboard/} on the class path) once at start-up:
 * {@code GET /} is the page, {@code GET /dashboard.css} and {@code GET /dashboard.js} its style and
 * script. They are public (they hold no data; the page asks the token-protected API for that) and
 * carry a Content-Security-Policy that allows nothing but this origin.
 */
final class DashboardRoute {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/dashboard.css", "dashboard.css",
            "/dashboard.js", "dashboard.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    AdminRoutes register(AdminRoutes routes) {
        FILES.forEach((path, file) -> {
            WebResponse response = WebResponse.ok(TYPES.get(file.substring(file.lastIndexOf('.') + 1)), read(file))
                    .withHeader("Cache-Control", "no-cache")
                    .withHeader("X-Content-Type-Options", "nosniff")
                    .withHeader("Content-Security-Policy", POLICY);
            routes.onPublic("GET", path, request -> response);
        });
        return routes;
    }

    private static byte[] read(String file) {
        try (InputStream in = DashboardRoute.class.getResourceAsStream("/dashboard/" + file)) {
            if (in == null) {
                throw new IllegalStateException("dashboard/" + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
