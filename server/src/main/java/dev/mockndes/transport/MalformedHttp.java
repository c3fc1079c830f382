package dev.mockndes.transport;

import dev.mockndes.web.WebResponse;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * What HTTP.sys answers for requests it cannot parse or that exceed its limits: they never reach
 * IIS, are logged in HTTPERR (with the reason phrase here) and the connection is closed.
 */
final class MalformedHttp {
    record Refusal(WebResponse response, String httpErrReason) {
    }

    private MalformedHttp() {
    }

    static Refusal of(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return new Refusal(WebResponse.refuse(414, "request line longer than the server accepts").closingConnection(),
                    "URL_Length");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new Refusal(WebResponse.refuse(400, "request headers larger than the server accepts").closingConnection(),
                    "RequestLength");
        }
        String reason = cause == null || cause.getMessage() == null ? "unreadable request" : cause.getMessage();
        return new Refusal(WebResponse.refuse(400, "malformed HTTP request: " + reason.replaceAll("\\s+", " "))
                .closingConnection(), "BadRequest");
    }
}
