package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/** {@code GET /scenario}: the scenario in force, with its documentation. */
final class ShowScenario implements Function<WebRequest, WebResponse> {
    private final Admin admin;

    ShowScenario(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(admin.scenario());
    }
}
