package dev.mockndes.fault;

import dev.mockndes.protocol.MessageType;
import dev.mockndes.scep.PkiMessageReader;
import dev.mockndes.scep.ScepRequestException;
import dev.mockndes.scep.PkiMessageBodies;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * What rules can match on, read once from a request.
 *
 * @param device android, ios (Apple's profiled, which macOS uses too), windows, or "other"
 */
record RequestFacts(String operation, String method, String path, String userAgent, String device, String host,
                    int urlLength, int queryLength, WebRequest request) {

    /**
     * The SCEP message type of a PKIOperation, read from its signed attributes (no decryption, no
     * signature check); empty for other operations and unreadable messages. Only computed when a
     * rule asks for it.
     */
    Optional<MessageType> messageType() {
        if (!operation.equalsIgnoreCase("PKIOperation")) {
            return Optional.empty();
        }
        try {
            byte[] der = method.equals("POST") ? PkiMessageBodies.fromPostBody(request.body())
                    : PkiMessageBodies.fromQueryMessage(RawQuery.parse(request.rawQuery()).get("message").orElse(""));
            return MessageType.fromWire(new PkiMessageReader().read(der).messageType());
        } catch (ScepRequestException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static RequestFacts of(WebRequest request) {
        String userAgent = request.header("user-agent").orElse("");
        String host = request.header("host").orElse("");
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        String operation = RawQuery.parse(request.rawQuery()).get("operation").orElse("none");
        return new RequestFacts(operation, request.method(), request.path(), userAgent, device(userAgent), host,
                request.target().length(), request.rawQuery().length(), request);
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
