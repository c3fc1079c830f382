package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * {@code PUT /scenario}: switch to {@code {"name":"app-pool-stopped"}}, or to a whole scenario sent
 * as YAML ({@code Content-Type: application/yaml}; {@code extends} resolved against the library).
 * A switch is atomic: each request is decided by the old scenario or the new one.
 */
final class UseScenario implements Function<WebRequest, WebResponse> {
    record UseRequest(String name) {
    }

    private final Admin admin;

    UseScenario(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        if (request.header("content-type").orElse(Json.CONTENT_TYPE).contains("yaml")) {
            return Json.ok(admin.useScenarioYaml(new String(request.body(), StandardCharsets.UTF_8)));
        }
        if (!new String(request.body(), StandardCharsets.UTF_8).stripLeading().startsWith("{")) {
            throw new IllegalArgumentException("the body is not JSON: send {\"name\":\"app-pool-stopped\"} with "
                    + "Content-Type: application/json, or a scenario's YAML with Content-Type: application/yaml");
        }
        String name = Json.read(request, UseRequest.class).name();
        if (name == null) {
            throw new IllegalArgumentException("'name' is required, e.g. {\"name\":\"app-pool-stopped\"}");
        }
        return Json.ok(admin.useScenario(name));
    }
}
