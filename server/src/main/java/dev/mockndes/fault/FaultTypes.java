package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fault types by YAML {@code type:} name, read from the one registry: {@link Fault}'s
 * {@code permits} clause and each record's {@link JsonTypeName}. The loader, error messages, the
 * request journal and the scenario schema all ask here.
 */
public final class FaultTypes {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, Class<? extends Fault>> BY_NAME = read();

    private FaultTypes() {
    }

    /** Every {@code type:} name, in registry order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** Every fault class, in registry order. */
    public static List<Class<? extends Fault>> classes() {
        return List.copyOf(BY_NAME.values());
    }

    /** The {@code type:} name of a registered fault class. */
    public static String nameOf(Class<? extends Fault> type) {
        return type.getAnnotation(JsonTypeName.class).value();
    }

    public static String nameOf(Fault fault) {
        return nameOf(fault.getClass());
    }

    /** The fault class a {@code type:} name stands for, exactly as written. */
    public static Optional<Class<? extends Fault>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Fault>> read() {
        Map<String, Class<? extends Fault>> byName = new LinkedHashMap<>();
        for (Class<?> type : Fault.class.getPermittedSubclasses()) {
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            if (name == null || !KEBAB.matcher(name.value()).matches()) {
                throw new IllegalStateException(type.getSimpleName() + " needs @JsonTypeName with its kebab-case YAML type name");
            }
            if (byName.put(name.value(), (Class<? extends Fault>) type) != null) {
                throw new IllegalStateException("two faults are named '" + name.value() + "'");
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
