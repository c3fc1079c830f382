package dev.mockndes.fault;

import dev.mockndes.transport.RawQuery;
import dev.mockndes.web.WebRequest;
import java.util.Locale;

/**
 * What rules can match on, read once from a request.
 *
 * @param device android, ios (Apple's profiled, which macOS uses too), windows, or "other"
 */
record RequestFacts(String operation, String method, String path, String userAgent, String device, String host,
                    int urlLength, int queryLength) {

    static RequestFacts of(WebRequest request) {
        String userAgent = request.header("user-agent").orElse("");
        String host = request.header("host").orElse("");
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        String operation = RawQuery.parse(request.rawQuery()).get("operation").orElse("none");
        return new RequestFacts(operation, request.method(), request.path(), userAgent, device(userAgent), host,
                request.target().length(), request.rawQuery().length());
    }

    /** Devices as the User-Agents in NDES's IIS logs show them. */
    static String device(String userAgent) {
        String agent = userAgent.toLowerCase(Locale.ROOT);
        if (agent.contains("dalvik") || agent.contains("android")) {
            return "android";
        }
        if (agent.contains("profiled") || agent.contains("darwin")) {
            return "ios";
        }
        if (agent.contains("ndes client") || agent.contains("win32")) {
            return "windows";
        }
        return "other";
    }
}
