package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/** {@code POST /reset}: restart the scenario's counters, phases and random source. */
final class ResetScenario implements Function<WebRequest, WebResponse> {
    private final Admin admin;

    ResetScenario(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(admin.resetScenario());
    }
}
