package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * {@code GET /openapi.json}: the admin API's OpenAPI 3.1 document, kept in {@code docs/openapi.json}
 * and carried in the jar. Public: it describes the API and holds no data.
 */
final class OpenApiDocument implements Function<WebRequest, WebResponse> {
    static final String RESOURCE = "/admin/openapi.json";

    private final WebResponse response;

    OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE.substring(1) + " is missing from the jar");
            }
            response = WebResponse.ok(Json.CONTENT_TYPE, in.readAllBytes()).withHeader("Cache-Control", "no-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return response;
    }
}
