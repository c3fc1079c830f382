package dev.mockndes.admin;

import dev.mockndes.ndes.log.TextLog;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** {@code GET /logs/...}: the newest lines of one log, oldest first, one per line; {@code ?lines=N} keeps the last N. */
final class RecentLinesRoute implements Function<WebRequest, WebResponse> {
    private final TextLog<?> log;
    private final String contentType;

    RecentLinesRoute(TextLog<?> log, String contentType) {
        this.log = log;
        this.contentType = contentType;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        List<String> lines = log.recentLines();
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
        return WebResponse.ok(contentType, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
