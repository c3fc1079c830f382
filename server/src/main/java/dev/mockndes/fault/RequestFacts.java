package dev.mockndes.fault;

import dev.mockndes.protocol.MessageType;
import dev.mockndes.scep.PkiMessageReader;
import dev.mockndes.scep.ScepRequestException;
import dev.mockndes.scep.PkiMessageBodies;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import java.util.Optional;

/**
 * What rules can match on, read once from a request.
 */
record RequestFacts(String operation, String method, String path, String userAgent, String host,
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
        return new RequestFacts(operation, request.method(), request.path(), userAgent, host,
                request.target().length(), request.rawQuery().length(), request);
    }
}
