package dev.mockndes.admin;

import java.util.List;

/** {@code GET /ca/failed-requests}: the requests the CA denied, oldest first. */
public record FailedRequestList(List<FailedRequestView> failedRequests) {
}
