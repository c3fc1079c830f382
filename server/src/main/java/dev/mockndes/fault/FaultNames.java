package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** A fault's YAML type name, read from the one registry: the {@link JsonSubTypes} on {@link Fault}. */
public final class FaultNames {
    private static final Map<Class<?>, String> NAMES = Arrays.stream(Fault.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    private FaultNames() {
    }

    public static String of(Fault fault) {
        return NAMES.get(fault.getClass());
    }
}
