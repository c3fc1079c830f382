package dev.mockndes.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.io.IOException;
import java.util.Map;

/** JSON in and out of the admin API. Unknown fields in a request body are errors, as everywhere in mock-ndes. */
public final class Json {
    public static final String CONTENT_TYPE = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    public static WebResponse ok(Object value) {
        return respond(200, value);
    }

    public static WebResponse respond(int status, Object value) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(value);
            return new WebResponse(status, 0, 0, CONTENT_TYPE, java.util.List.of(), body, false, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** {@code value} as the admin API writes it, e.g. for the CLI to print what a typed call returned. */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static WebResponse error(int status, String message) {
        return respond(status, Map.of("error", message));
    }

    /** @throws IllegalArgumentException with a one-line reason when the body is not the expected JSON */
    public static <T> T read(WebRequest request, Class<T> type) {
        try {
            T value = MAPPER.readValue(request.body(), type);
            if (value == null) {
                throw new IllegalArgumentException("the body must be a JSON object, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body is not the JSON this route takes: " + readable(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the request body: " + e.getMessage());
        }
    }

    /** Jackson's reason without the Java class names it mentions. */
    private static String readable(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"; the fields it takes: "
                    + unknown.getKnownPropertyIds().stream().map(id -> "\"" + id + "\"").sorted().toList();
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return message.replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll(",? not marked as ignorable", "")
                .replaceAll("`[a-z][\\w.$]*\\.([A-Z]\\w*)\\$?\\w*`", "an object").strip();
    }
}
