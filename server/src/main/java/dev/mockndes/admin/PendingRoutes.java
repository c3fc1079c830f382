package dev.mockndes.admin;

import dev.mockndes.enroll.PendingQueue;

/**
 * The pending queue's routes:
 * <pre>
 *   GET  /pending                         {"pending":[{transactionId, subject, receivedAt, polls, state[, serial]}]}
 *   POST /pending/{transactionId}/approve  issue now; 200 entry | 404 unknown | 409 not WAITING
 *   POST /pending/{transactionId}/reject   refuse; the next poll gets FAILURE badRequest
 * </pre>
 */
public final class PendingRoutes {
    private final PendingQueue queue;

    public PendingRoutes(PendingQueue queue) {
        this.queue = queue;
    }

    public AdminRoutes register(AdminRoutes routes) {
        return routes.on("GET", "/pending", new PendingListRoute(queue))
                .onBlocking("POST", "/pending/{transactionId}/approve", new PendingDecisionRoute(queue::approve))
                .onBlocking("POST", "/pending/{transactionId}/reject", new PendingDecisionRoute(queue::reject));
    }
}
