package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/** {@code GET /scenarios}: the library, name and title of each. */
final class ListScenarios implements Function<WebRequest, WebResponse> {
    private final Admin admin;

    ListScenarios(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(admin.scenarios());
    }
}
