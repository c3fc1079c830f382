package dev.mockndes.enroll;

/**
 * The front of the chain: a PKCSReq whose transactionID is already queued is a poll, answered
 * from the queue before the challenge check (its one-time challenge was consumed the first time).
 */
public final class ResentRequestCheck implements Enroller {
    private final PendingQueue queue;
    private final Enroller next;

    public ResentRequestCheck(PendingQueue queue, Enroller next) {
        this.queue = queue;
        this.next = next;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        return queue.resent(request).orElseGet(() -> next.enrol(request));
    }
}
