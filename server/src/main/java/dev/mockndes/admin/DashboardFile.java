package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /}, {@code /dashboard.css}, {@code /dashboard.js}: one of the dashboard's files, read
 * from the jar ({@code dashboard/} on the class path) once at start-up. They are public (they hold
 * no data; the page asks the token-protected API for that) and carry a Content-Security-Policy that
 * allows nothing but this origin.
 */
final class DashboardFile implements Function<WebRequest, WebResponse> {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private final WebResponse response;

    /** @param file a file name under {@code dashboard/}, e.g. index.html */
    DashboardFile(String file) {
        this.response = WebResponse.ok(TYPES.get(file.substring(file.lastIndexOf('.') + 1)), read(file))
                .withHeader("Cache-Control", "no-cache")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", POLICY);
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return response;
    }

    private static byte[] read(String file) {
        try (InputStream in = DashboardFile.class.getResourceAsStream("/dashboard/" + file)) {
            if (in == null) {
                throw new IllegalStateException("dashboard/" + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
