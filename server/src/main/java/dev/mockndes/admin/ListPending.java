package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/** {@code GET /pending}: {"pending":[{transactionId, subject, receivedAt, polls, state[, serial]}]}, oldest first. */
final class ListPending implements Function<WebRequest, WebResponse> {
    private final Admin admin;

    ListPending(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(admin.pending());
    }
}
