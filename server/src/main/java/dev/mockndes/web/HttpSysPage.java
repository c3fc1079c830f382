package dev.mockndes.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page HTTP.sys itself sends when it refuses a request before IIS sees it, e.g. "HTTP Error 503.
 * The service is unavailable." for a stopped application pool, or "Bad Request - Header Field Too
 * Long" for a request line over MaxFieldLength. The layout and the sentences are HTTP.sys's.
 */
public final class HttpSysPage {
    public static final String CONTENT_TYPE = "text/html; charset=us-ascii";

    private HttpSysPage() {
    }

    /** @param reason the HTTPERR reason phrase, which picks HTTP.sys's wording for a 400 */
    public static WebResponse response(int status, String reason) {
        String title = title(status, reason);
        String body = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
                + "<HTML><HEAD><TITLE>" + title + "</TITLE>\r\n"
                + "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
                + "<BODY><h2>" + title + "</h2>\r\n<hr><p>HTTP Error " + status + ". " + sentence(status, reason) + "</p>\r\n"
                + "</BODY></HTML>\r\n";
        return new WebResponse(status, 0, 0, CONTENT_TYPE, List.of(), body.getBytes(StandardCharsets.US_ASCII), false, null);
    }

    private static String title(int status, String reason) {
        return switch (status) {
            case 400 -> switch (reason) {
                case "FieldLength" -> "Bad Request - Header Field Too Long";
                case "RequestLength" -> "Bad Request - Request Too Long";
                default -> "Bad Request";
            };
            case 414 -> "Request URL Too Long";
            default -> ReasonPhrase.of(status);
        };
    }

    private static String sentence(int status, String reason) {
        return switch (status) {
            case 400 -> switch (reason) {
                case "FieldLength" -> "A request header field is too long.";
                case "RequestLength" -> "The size of the request headers is too long.";
                default -> "The request is badly formed.";
            };
            case 404 -> "The requested resource is not found.";
            case 414 -> "The request URL is too long.";
            case 503 -> "The service is unavailable.";
            default -> ReasonPhrase.of(status) + ".";
        };
    }
}
