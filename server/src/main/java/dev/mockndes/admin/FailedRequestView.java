package dev.mockndes.admin;

import dev.mockndes.enroll.FailedRequests.FailedRequest;
import java.util.Locale;

/**
 * One request the CA denied, as its Failed Requests folder shows it.
 *
 * @param statusCode the request status code as Windows prints it, e.g. 0x80094800
 */
public record FailedRequestView(long requestId, String submittedAt, String subject, String statusCode, String reason) {

    static FailedRequestView of(FailedRequest denied) {
        return new FailedRequestView(denied.requestId(), denied.submitted().toString(), denied.subject(),
                String.format(Locale.ROOT, "0x%08x", denied.statusCode()), denied.reason());
    }
}
