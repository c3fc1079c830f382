package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/** {@code GET /ca/failed-requests}: {"failedRequests":[{requestId, submittedAt, subject, statusCode, reason}]}, oldest first. */
final class ListFailedRequests implements Function<WebRequest, WebResponse> {
    private final Admin admin;

    ListFailedRequests(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(admin.failedRequests());
    }
}
