package dev.mockndes.admin;

import java.util.List;

/** {@code GET /pending}: every queued request, oldest first. */
public record PendingList(List<PendingView> pending) {
}
