package dev.mockndes.scenario;

import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Match;
import dev.mockndes.fault.Rule;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mockndes.fault.Fault;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The words of the scenario format, read from the model itself so that error messages, {@code show}
 * and the schema test cannot drift from it: fault type names come from {@link Fault}'s
 * {@code @JsonSubTypes} (the only registry), keys from the record components.
 */
public final class Vocabulary {
    private static final Map<Class<?>, String> NOUNS = Map.of(Scenario.class, "the scenario", Documentation.class,
            "documentation", Rule.class, "rule", Match.class, "match", Phase.class, "phase", Expectation.class, "expectation");

    private Vocabulary() {
    }

    /** Every fault {@code type:} name, in registry order. */
    public static List<String> faultTypes() {
        return Arrays.stream(Fault.class.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
    }

    /** The {@code type:} name of a fault class. */
    public static String faultType(Class<?> faultClass) {
        return Arrays.stream(Fault.class.getAnnotation(JsonSubTypes.class).value())
                .filter(t -> t.value() == faultClass).map(JsonSubTypes.Type::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(faultClass + " is not a registered fault"));
    }

    /** The YAML keys of a record, in declaration order ({@code @JsonProperty} names win). */
    public static List<String> keys(Class<?> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        return components == null ? List.of() : Arrays.stream(components).map(Vocabulary::key).toList();
    }

    /** The YAML key of one record component. */
    public static String key(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    /** How a message names a part of the model: "rule", "fault iis-error", "the scenario". */
    static String noun(Class<?> type) {
        if (type == Fault.class) {
            return "fault";
        }
        if (Fault.class.isAssignableFrom(type)) {
            return "fault " + faultType(type);
        }
        return NOUNS.getOrDefault(type, type.getSimpleName());
    }
}
