package dev.mockndes.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import dev.mockndes.fault.Match;
import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Rule;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The keys of the scenario format and how messages name its parts, read from the model itself so
 * that error messages, {@code show} and the schema cannot drift from it: keys come from the record
 * components, fault type names from {@link FaultTypes}.
 */
public final class Vocabulary {
    private static final Map<Class<?>, String> NOUNS = Map.of(Scenario.class, "the scenario", Documentation.class,
            "documentation", Rule.class, "rule", Match.class, "match", Phase.class, "phase", Expectation.class, "expectation", Breaks.class, "breaks");

    private Vocabulary() {
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
    @SuppressWarnings("unchecked")
    static String noun(Class<?> type) {
        if (type == Fault.class) {
            return "fault";
        }
        if (Fault.class.isAssignableFrom(type)) {
            return "fault " + FaultTypes.nameOf((Class<? extends Fault>) type);
        }
        return NOUNS.getOrDefault(type, type.getSimpleName());
    }
}
