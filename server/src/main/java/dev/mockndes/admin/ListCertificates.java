package dev.mockndes.admin;

import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/**
 * {@code GET /certificates?limit=N}: {"count":total,"certificates":[newest first, at most N (default 50)]};
 * each entry: serial (lower-case hex), subject, notBefore, notAfter (ISO-8601), revoked, revokedAt, reason.
 */
final class ListCertificates implements Function<WebRequest, WebResponse> {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 10_000;

    private final Admin admin;

    ListCertificates(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        int limit = RawQuery.parse(request.rawQuery()).get("limit").map(ListCertificates::limit).orElse(DEFAULT_LIMIT);
        return Json.ok(admin.certificates(limit));
    }

    private static int limit(String value) {
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number, not '" + value + "'");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
        return limit;
    }
}
