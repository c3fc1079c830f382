package dev.mockndes.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ephemeral pending queue: in memory, gone on exit. */
public final class MemoryPendingStore implements PendingStore {
    private final Map<String, PendingRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized void put(PendingRequest request) {
        requests.put(request.transactionId(), request);
    }

    @Override
    public synchronized Optional<PendingRequest> find(String transactionId) {
        return Optional.ofNullable(requests.get(transactionId));
    }

    @Override
    public synchronized void remove(String transactionId) {
        requests.remove(transactionId);
    }

    @Override
    public synchronized List<PendingRequest> list() {
        return List.copyOf(requests.values());
    }
}
