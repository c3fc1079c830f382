package dev.mockndes.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where each node of a YAML document starts, by path ({@code rules[0].fault.type}; the root is
 * {@code ""}): the position of its key, or of the item for list entries. Built in one pass over the
 * tokens before data binding, which also rejects duplicate keys, YAML syntax errors and extra
 * documents, each as a {@link ScenarioException}.
 */
final class YamlIndex {
    private static final YAMLFactory YAML = new YAMLFactory();

    /** @param shape how the value reads in a message: "a mapping", "a list", or the scalar as written */
    record Node(int line, int column, String shape) {
    }

    private final String source;
    private final Map<String, Node> nodes = new HashMap<>();

    private YamlIndex(String source) {
        this.source = source;
    }

    static YamlIndex of(String source, String text) {
        YamlIndex index = new YamlIndex(source);
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new ScenarioException(source, 1, 1, "the file is empty: a scenario needs at least 'name' and 'title'");
            }
            index.walk(parser, "", parser.currentTokenLocation());
            if (parser.nextToken() != null) {
                throw index.problemAt(parser.currentTokenLocation(), "a scenario file holds one YAML document, not several");
            }
            return index;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw index.problemAt(e.getLocation(), "not valid YAML: " + withoutParserNames(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern PARSER_EVENT =
            java.util.regex.Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event(\\([^)]*\\))?>?");

    /** The parser's message in YAML's words: "got this instead: a list" rather than the YAML library's event class. */
    static String withoutParserNames(String message) {
        return PARSER_EVENT.matcher(message).replaceAll(event -> switch (event.group(1)) {
            case "SequenceStart" -> "the start of a list";
            case "SequenceEnd" -> "the end of a list";
            case "MappingStart" -> "the start of a mapping";
            case "MappingEnd" -> "the end of a mapping";
            case "Scalar" -> "a value";
            case "Alias" -> "an alias";
            case "DocumentStart", "DocumentEnd", "StreamStart", "StreamEnd" -> "the end of the document";
            default -> "something else";
        });
    }

    private void walk(JsonParser parser, String path, JsonLocation at) throws IOException {
        nodes.put(path, new Node(at.getLineNr(), at.getColumnNr(), shape(parser)));
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = path.isEmpty() ? parser.currentName() : path + "." + parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                Node first = nodes.get(child);
                if (first != null) {
                    throw problemAt(keyAt, "duplicate key '" + parser.currentName() + "' (first at line " + first.line() + ")");
                }
                parser.nextToken();
                walk(parser, child, keyAt);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                walk(parser, path + "[" + i + "]", parser.currentTokenLocation());
            }
        }
    }

    private static String shape(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "empty";
            case VALUE_STRING -> "'" + parser.getText() + "'";
            default -> parser.getText();
        };
    }

    /** The node at {@code path}, if the document has one. */
    Node node(String path) {
        return nodes.get(path);
    }

    /** A problem at {@code path}, or at its nearest ancestor present in the document. */
    ScenarioException problem(String path, String problem) {
        String p = path;
        while (!nodes.containsKey(p)) {
            p = parent(p);
        }
        Node node = nodes.get(p);
        return new ScenarioException(source, node.line(), node.column(), problem);
    }

    /** The path of the first key (by position) directly under {@code path} that is not in {@code known}. */
    Optional<String> unknownKeyIn(String path, List<String> known) {
        String prefix = path.isEmpty() ? "" : path + ".";
        return first(e -> e.getKey().startsWith(prefix) && e.getKey().length() > prefix.length()
                && e.getKey().substring(prefix.length()).matches("[^.\\[]+")
                && !known.contains(e.getKey().substring(prefix.length())));
    }

    /** The first list item (by position) with no value, e.g. a lone {@code -}. */
    Optional<String> emptyListItem() {
        return first(e -> e.getKey().endsWith("]") && e.getValue().shape().equals("empty"));
    }

    private Optional<String> first(Predicate<Map.Entry<String, Node>> which) {
        return nodes.entrySet().stream().filter(which)
                .min(Comparator.comparingInt((Map.Entry<String, Node> e) -> e.getValue().line())
                        .thenComparingInt(e -> e.getValue().column()))
                .map(Map.Entry::getKey);
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private ScenarioException problemAt(JsonLocation at, String problem) {
        return at == null ? new ScenarioException(source, 1, 1, problem)
                : new ScenarioException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), problem);
    }
}
