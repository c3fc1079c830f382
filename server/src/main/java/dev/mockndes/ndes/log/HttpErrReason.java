package dev.mockndes.ndes.log;

import java.util.Arrays;
import java.util.Optional;

/** HTTP.sys {@code s-reason} phrases (KB820729), each carrying its exact wire string. */
public enum HttpErrReason {
    /** 503: the application was taken offline after application errors. */
    APP_OFFLINE("AppOffline"),
    /** 503: the application pool is too busy. */
    APP_POOL_TIMER("AppPoolTimer"),
    APP_SHUTDOWN("AppShutdown"),
    /** 400: the request could not be parsed. */
    BAD_REQUEST("BadRequest"),
    CONN_LIMIT("ConnLimit"),
    /** 503: an administrator took the application offline. */
    DISABLED("Disabled"),
    /** 400: a header field exceeded MaxFieldLength. */
    FIELD_LENGTH("FieldLength"),
    HEADER("Header"),
    HOSTNAME("Hostname"),
    /** 503: internal error. */
    NOT_APPLICABLE("N/A"),
    /** 503: the application request queue is full. */
    QUEUE_FULL("QueueFull"),
    /** 400: the request exceeded MaxRequestBytes. */
    REQUEST_LENGTH("RequestLength"),
    URL("URL"),
    /** The URL exceeded HTTP.sys's URL length limit. */
    URL_LENGTH("URL_Length"),
    VERB("Verb");

    private final String wire;

    HttpErrReason(String wire) {
        this.wire = wire;
    }

    /**
     * True for the refusals HTTP.sys makes on behalf of an application pool (a 503 after routing):
     * their HTTPERR line names the site id and the pool, the others leave both {@code -}.
     */
    public boolean afterRouting() {
        return switch (this) {
            case APP_OFFLINE, APP_POOL_TIMER, APP_SHUTDOWN, DISABLED, QUEUE_FULL, NOT_APPLICABLE -> true;
            default -> false;
        };
    }

    public String wire() {
        return wire;
    }

    /** Exact-case lookup of a phrase as it appears in HTTPERR files. */
    public static Optional<HttpErrReason> fromWire(String phrase) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(phrase)).findFirst();
    }
}
