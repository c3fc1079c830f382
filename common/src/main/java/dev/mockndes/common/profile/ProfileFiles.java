package dev.mockndes.common.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes profile files (JSON, UTF-8, pretty-printed). Reading is strict: unknown keys,
 * duplicate keys, missing keys, wrong types and impossible values are errors, each one line
 * {@code file:line: what is wrong} without Java names in it.
 */
public final class ProfileFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ProfileFiles() {
    }

    public static String write(NdesProfile profile) {
        try {
            return JSON.writeValueAsString(profile) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile always has a JSON form", e);
        }
    }

    public static void write(NdesProfile profile, Path file) throws IOException {
        Files.writeString(file, write(profile), StandardCharsets.UTF_8);
    }

    /** @throws ProfileException {@code file:line: what is wrong}, also when the file cannot be read */
    public static NdesProfile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileException(file + ": cannot read the profile file: " + dev.mockndes.common.SystemWords.of(e), e);
        }
        return parse(text, file.toString());
    }

    /** @param source the name errors start with (a file name) */
    public static NdesProfile parse(String text, String source) {
        if (text.isBlank()) {
            throw new ProfileException(source + ":1: the profile is empty; record one with 'scep-harness record URL --out FILE'", null);
        }
        try {
            return JSON.readValue(text, NdesProfile.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                line = lineOf(text, mapping.getPath()).orElse(line);
            }
            throw new ProfileException(source + ":" + line + ": " + explain(e), e);
        }
    }

    private static String explain(JsonProcessingException e) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).substring(1) + ": " : "";
        where = where.replace(".[", "[");
        if (e instanceof UnrecognizedPropertyException unknown) {
            String in = where.isEmpty() ? "" : where.substring(0, where.length() - 2);
            in = in.equals(unknown.getPropertyName()) ? "" : in.substring(0, in.length() - unknown.getPropertyName().length() - 1);
            return "unknown key '" + unknown.getPropertyName() + "'" + (in.isEmpty() ? "" : " in " + in)
                    + " (known: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            Throwable cause = e.getCause();
            return where + (cause instanceof NullPointerException ? "a required value is null" : cause.getMessage());
        }
        String message = e.getOriginalMessage();
        java.util.regex.Matcher missing = java.util.regex.Pattern.compile("Missing required creator property '([^']+)'").matcher(message);
        if (missing.find()) {
            String in = where.endsWith("." + missing.group(1) + ": ") ? where.substring(0, where.length() - missing.group(1).length() - 3) + ": "
                    : where.equals(missing.group(1) + ": ") ? "" : where;
            return in + "missing key '" + missing.group(1) + "'";
        }
        // Jackson names Java types in backquotes: say what JSON was expected instead.
        return where + message.replaceAll("`[^`]*(int|Integer)`", "a number").replaceAll("`[^`]*boolean`", "true or false")
                .replaceAll("`[^`]*String`", "a string").replaceAll("`[^`]*List[^`]*`", "a list")
                .replaceAll("`[^`]*\\.([A-Za-z]+)`", "an object ($1)").replaceAll("\\s*\\n.*", "");
    }

    /**
     * The line of the key (or list element) at {@code path}, or of the nearest enclosing one that is in
     * the text (a missing key: its object). Jackson reports a record's errors where the record ends,
     * so the line is found again by walking the text.
     */
    private static java.util.Optional<Integer> lineOf(String text, java.util.List<JsonMappingException.Reference> path) {
        for (int length = path.size(); length > 0; length--) {
            String pointer = path.subList(0, length).stream()
                    .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1") : r.getIndex()))
                    .collect(Collectors.joining());
            try (JsonParser parser = JSON.getFactory().createParser(text)) {
                while (parser.nextToken() != null) {
                    if (parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                        return java.util.Optional.of(parser.currentTokenLocation().getLineNr());
                    }
                }
            } catch (IOException unreadableFurther) {
                // the text breaks off before the path: try its parent
            }
        }
        return java.util.Optional.empty();
    }
}
