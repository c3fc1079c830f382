package dev.mockndes.admin;

import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** {@code GET /logs/iis}, {@code /logs/httperr}, {@code /events}, {@code /logs/ndes-plugin}, {@code /logs/certificate-registration-point}: the newest lines of one log, oldest first; {@code ?lines=N} keeps the last N. */
final class ShowRecentLines implements Function<WebRequest, WebResponse> {
    private final Admin admin;
    private final NdesLog log;

    ShowRecentLines(Admin admin, NdesLog log) {
        this.admin = admin;
        this.log = log;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        List<String> lines = admin.recentLines(log);
        String limit = RawQuery.parse(request.rawQuery()).get("lines").orElse(null);
        if (limit != null) {
            int n;
            try {
                n = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("lines must be a whole number, not '" + limit + "'");
            }
            if (n < 0) {
                throw new IllegalArgumentException("lines must not be negative");
            }
            lines = lines.subList(Math.max(0, lines.size() - n), lines.size());
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return WebResponse.ok(log.contentType(), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
