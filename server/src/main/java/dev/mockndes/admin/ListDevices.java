package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Map;
import java.util.function.Function;

/** {@code GET /devices}: {"profiles":["android", …]}, empty when the client harness is not on the class path. */
final class ListDevices implements Function<WebRequest, WebResponse> {
    private final DeviceRunner runner;

    ListDevices(DeviceRunner runner) {
        this.runner = runner;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(Map.of("profiles", runner.profiles()));
    }
}
