package dev.mockndes.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockndes.store.PendingRequest;

/**
 * One queued request as the admin API shows it.
 *
 * @param receivedAt ISO-8601 instant
 * @param state      WAITING, ISSUED or REJECTED
 * @param serial     the issued certificate's serial in hex, once ISSUED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PendingView(String transactionId, String subject, String receivedAt, int polls, String state, String serial) {

    static PendingView of(PendingRequest request) {
        return new PendingView(request.transactionId(), request.subject(), request.receivedAt().toString(), request.polls(),
                request.state().name(), request.serial().map(serial -> serial.toString(16)).orElse(null));
    }
}
