package dev.mockndes.store;

import java.util.List;
import java.util.Optional;

/**
 * Enrolment requests waiting for a manual decision, keyed by SCEP transactionID. Thread-safe.
 *
 * <p>A request is put when it first arrives and put again (same transactionID, new state) whenever
 * it is polled, approved, rejected or collected; the last put wins. Durability contract as in
 * {@link CertificateStore}: once {@code put} or {@code remove} returns, it survives a {@code kill -9}.
 */
public interface PendingStore {

    void put(PendingRequest request);

    Optional<PendingRequest> find(String transactionId);

    /** Forgets a request (collected by the device, or expired). Unknown IDs are ignored. */
    void remove(String transactionId);

    /** Every request still known, oldest first. */
    List<PendingRequest> list();
}
