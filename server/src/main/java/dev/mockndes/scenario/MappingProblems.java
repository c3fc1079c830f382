package dev.mockndes.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a Jackson binding failure into one plain-words {@link ScenarioException}, positioned with the
 * {@link YamlIndex} (Jackson's own locations point past the object for record problems). A typo
 * gives both an unknown and a missing key; the unknown key is reported, as it is the one to fix.
 */
final class MappingProblems {
    private static final Map<Class<?>, String> SCALARS = Map.ofEntries(Map.entry(int.class, "a whole number"),
            Map.entry(Integer.class, "a whole number"), Map.entry(long.class, "a whole number"),
            Map.entry(Long.class, "a whole number"), Map.entry(double.class, "a number"), Map.entry(Double.class, "a number"),
            Map.entry(boolean.class, "true or false"), Map.entry(Boolean.class, "true or false"), Map.entry(String.class, "text"));

    private MappingProblems() {
    }

    static ScenarioException describe(JsonMappingException e, YamlIndex index) {
        List<JsonMappingException.Reference> refs = e.getPath();
        String path = path(refs);
        Class<?> owner = refs.isEmpty() ? Scenario.class : owner(refs.get(refs.size() - 1));
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownKey(index, path, u.getPropertyName(), u.getReferringClass());
        }
        if (e instanceof InvalidTypeIdException t) {
            String known = " (known: " + String.join(", ", FaultTypes.names()) + ")";
            return t.getTypeId() == null ? index.problem(path, "a fault needs a 'type'" + known)
                    : index.problem(path + ".type", "unknown fault type '" + t.getTypeId() + "'" + known);
        }
        if (e instanceof ValueInstantiationException v) {
            if (v.getCause() instanceof NullPointerException) {
                return index.emptyListItem().map(item -> index.problem(item, "this list item is empty"))
                        .orElseGet(() -> index.problem(path, Vocabulary.noun(v.getType().getRawClass()) + " has an empty value"));
            }
            String why = v.getCause() != null && v.getCause().getMessage() != null ? v.getCause().getMessage() : v.getOriginalMessage();
            return index.problem(path, Vocabulary.noun(v.getType().getRawClass()) + ": " + why.lines().findFirst().orElse(""));
        }
        if (e instanceof MismatchedInputException && !refs.isEmpty() && index.node(path) == null) {
            String parent = YamlIndex.parent(path);
            List<String> known = new ArrayList<>(Vocabulary.keys(owner));
            if (Fault.class.isAssignableFrom(owner)) {
                known.add("type");
            }
            return index.unknownKeyIn(parent, known).map(key -> unknownKey(index, key, leaf(key), owner))
                    .orElseGet(() -> index.problem(path, "missing required key '" + leaf(path) + "' in " + Vocabulary.noun(owner)));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && index.node(path) != null) {
            String shape = index.node(path).shape();
            String hint = expected(m.getTargetType()).equals("a list") && shape.startsWith("'") ? " (write [" + shape.replace("'", "") + "])" : "";
            return index.problem(path, subject(refs, owner) + " must be " + expected(m.getTargetType()) + ", not " + shape + hint);
        }
        return index.problem(path, e.getOriginalMessage().lines().findFirst().orElse("cannot read this"));
    }

    private static ScenarioException unknownKey(YamlIndex index, String path, String key, Class<?> owner) {
        return index.problem(path, "unknown key '" + key + "' in " + Vocabulary.noun(owner)
                + " (known: " + String.join(", ", Vocabulary.keys(owner)) + ")");
    }

    /** Jackson's reference chain as an index path: {@code rules[0].fault}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static Class<?> owner(JsonMappingException.Reference ref) {
        return ref.getFrom() instanceof Class<?> type ? type : ref.getFrom() == null ? Object.class : ref.getFrom().getClass();
    }

    private static String subject(List<JsonMappingException.Reference> refs, Class<?> owner) {
        if (refs.isEmpty()) {
            return "a scenario file";
        }
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        String outer = refs.size() < 2 ? "the scenario" : "'" + leaf(path(refs.subList(0, refs.size() - 1))) + "'";
        if (last.getIndex() >= 0) {
            return "item " + (last.getIndex() + 1) + " of " + outer;
        }
        return "'" + last.getFieldName() + "' in " + (owner.isRecord() ? Vocabulary.noun(owner) : outer);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return SCALARS.getOrDefault(type, "a mapping (key: value lines)");
    }
}
