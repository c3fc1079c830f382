package dev.mockndes.admin;

import dev.mockndes.enroll.PendingQueue;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Map;
import java.util.function.Function;

/** {@code GET /pending}: every queued request, oldest first, whatever its state. */
final class PendingListRoute implements Function<WebRequest, WebResponse> {
    private final PendingQueue queue;

    PendingListRoute(PendingQueue queue) {
        this.queue = queue;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(Map.of("pending", queue.list().stream().map(PendingView::of).toList()));
    }
}
