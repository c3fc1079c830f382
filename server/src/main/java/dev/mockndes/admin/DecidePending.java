package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code POST /pending/{transactionId}/approve} and {@code …/reject}: 200 with the updated entry,
 * 404 for an unknown transaction, 409 when it is no longer WAITING. The transactionID is
 * percent-decoded from the path (base64 IDs carry '/' as %2F).
 */
final class DecidePending implements Function<WebRequest, WebResponse> {
    /** Approve and reject alike: the transaction ID is the second segment. */
    private static final PathTemplate PATH = PathTemplate.of("/pending/{transactionId}/{decision}");

    private final Admin admin;
    private final BiFunction<Admin, String, PendingView> decision;

    /** @param decision {@code Admin::approve} or {@code Admin::reject} */
    DecidePending(Admin admin, BiFunction<Admin, String, PendingView> decision) {
        this.admin = admin;
        this.decision = decision;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(decision.apply(admin, PATH.decodedParameter(request.path(), "transactionId")));
    }
}
