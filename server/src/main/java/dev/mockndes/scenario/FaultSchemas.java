package dev.mockndes.scenario;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockndes.fault.Accepts;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema of one fault, read from its record: a key per component, typed from the Java
 * type, required by {@code @JsonProperty(required = true)}, described by
 * {@code @JsonPropertyDescription} and bounded by {@link Accepts}; the fault itself described by
 * {@code @JsonClassDescription}.
 */
final class FaultSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<Type, String> SCALARS = Map.ofEntries(Map.entry(int.class, "integer"), Map.entry(Integer.class, "integer"),
            Map.entry(long.class, "integer"), Map.entry(Long.class, "integer"), Map.entry(double.class, "number"),
            Map.entry(Double.class, "number"), Map.entry(boolean.class, "boolean"), Map.entry(Boolean.class, "boolean"),
            Map.entry(String.class, "string"));

    private FaultSchemas() {
    }

    static ObjectNode of(Class<? extends Fault> fault) {
        String name = FaultTypes.nameOf(fault);
        ObjectNode schema = JSON.objectNode().put("type", "object");
        JsonClassDescription description = fault.getAnnotation(JsonClassDescription.class);
        if (description != null) {
            schema.put("description", description.value());
        }
        schema.put("additionalProperties", false);
        var required = schema.putArray("required").add("type");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("const", name);
        for (RecordComponent component : fault.getRecordComponents()) {
            Method accessor = component.getAccessor();
            JsonProperty property = accessor.getAnnotation(JsonProperty.class);
            if (property != null && property.required()) {
                required.add(Vocabulary.key(component));
            }
            properties.set(Vocabulary.key(component), key(fault, component, accessor));
        }
        return schema;
    }

    private static ObjectNode key(Class<?> fault, RecordComponent component, Method accessor) {
        Accepts accepts = accessor.getAnnotation(Accepts.class);
        List<String> words = accepts == null || accepts.words().isEmpty() ? List.of() : words(fault, accepts.words());
        ObjectNode key = JSON.objectNode();
        if (List.class.isAssignableFrom(component.getType())) {
            Type item = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            key.put("type", "array").set("items", value(fault, component, item, words));
        } else {
            key.setAll(value(fault, component, component.getType(), words));
        }
        if (accepts != null && accepts.min() != Double.NEGATIVE_INFINITY) {
            key.set("minimum", number(accepts.min()));
        }
        if (accepts != null && accepts.max() != Double.POSITIVE_INFINITY) {
            key.set(accepts.belowMax() ? "exclusiveMaximum" : "maximum", number(accepts.max()));
        }
        JsonPropertyDescription description = accessor.getAnnotation(JsonPropertyDescription.class);
        if (description != null) {
            key.put("description", description.value());
        }
        return key;
    }

    private static ObjectNode value(Class<?> fault, RecordComponent component, Type type, List<String> words) {
        ObjectNode value = JSON.objectNode();
        if (!words.isEmpty()) {
            words.forEach(value.putArray("enum")::add);
            return value;
        }
        String json = SCALARS.get(type);
        if (json == null) {
            throw new IllegalStateException(fault.getSimpleName() + "." + component.getName() + ": the schema has no type for " + type);
        }
        return value.put("type", json);
    }

    @SuppressWarnings("unchecked")
    private static List<String> words(Class<?> fault, String method) {
        try {
            return (List<String>) fault.getMethod(method).invoke(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(fault.getSimpleName() + " needs a public static List<String> " + method + "()", e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode number(double value) {
        return value == Math.rint(value) ? JSON.numberNode((long) value) : JSON.numberNode(value);
    }
}
