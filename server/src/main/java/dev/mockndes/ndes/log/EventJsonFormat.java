package dev.mockndes.ndes.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * A {@link WindowsEvent} as one JSON object on one line (JSON Lines): newlines inside the
 * message are escaped by JSON, so a record never spans lines. {@code time} is ISO-8601 UTC.
 */
public final class EventJsonFormat {
    public static final String TIME = "time";
    public static final String LOG_NAME = "logName";
    public static final String SOURCE = "source";
    public static final String EVENT_ID = "eventId";
    public static final String LEVEL = "level";
    public static final String MESSAGE = "message";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJsonFormat() {
    }

    public static String line(WindowsEvent event) {
        ObjectNode node = JSON.createObjectNode()
                .put(TIME, DateTimeFormatter.ISO_INSTANT.format(event.time()))
                .put(LOG_NAME, event.logName())
                .put(SOURCE, event.source())
                .put(EVENT_ID, event.eventId())
                .put(LEVEL, event.level().wire())
                .put(MESSAGE, event.message());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
