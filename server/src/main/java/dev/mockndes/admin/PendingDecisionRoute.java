package dev.mockndes.admin;

import dev.mockndes.store.PendingRequest;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /pending/{transactionId}/approve} and {@code …/reject}: 200 with the updated entry,
 * 404 for an unknown transaction, 409 when it is no longer WAITING. The transactionID is
 * percent-decoded from the path (base64 IDs carry '/' as %2F).
 */
final class PendingDecisionRoute implements Function<WebRequest, WebResponse> {
    /** Approve and reject alike: the transaction ID is the second segment. */
    private static final PathTemplate PATH = PathTemplate.of("/pending/{transactionId}/{decision}");
    private final Function<String, Optional<PendingRequest>> decision;

    /** @param decision the queue's approve or reject */
    PendingDecisionRoute(Function<String, Optional<PendingRequest>> decision) {
        this.decision = decision;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        String transactionId = PATH.decodedParameter(request.path(), "transactionId");
        try {
            return decision.apply(transactionId).map(decided -> Json.ok(PendingView.of(decided)))
                    .orElseGet(() -> Json.error(404, "no pending transaction " + transactionId));
        } catch (IllegalStateException e) {
            return Json.error(409, e.getMessage());
        }
    }
}
