package dev.mockndes.harness.device;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The device profiles: the one registry, and the entry point for the CLI, the dashboard and the
 * tests. A profile is listed once, by its factory; its name is its own {@link DeviceProfile#name()},
 * and the list's order is the order of the matrix's columns.
 */
public final class Devices {
    private static final List<Supplier<DeviceProfile>> REGISTERED = List.of(
            AndroidDevice::new,
            AppleDevice::ios,
            AppleDevice::macos,
            WindowsDevice::new,
            StrictDevice::new);
    private static final Map<String, Supplier<DeviceProfile>> BY_NAME = byName();

    private Devices() {
    }

    /** The profile names, in registry order. */
    public static List<String> profiles() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * Enrols once with a fresh device of {@code profile}. Server misbehaviour is classified in the
     * run's outcome, never thrown.
     *
     * @throws NoSuchElementException for an unknown profile name
     */
    public static DeviceRun run(String profile, DeviceTarget target) {
        Supplier<DeviceProfile> factory = BY_NAME.get(profile);
        if (factory == null) {
            throw new NoSuchElementException("unknown device profile '" + profile + "' (known: " + String.join(", ", profiles()) + ")");
        }
        return factory.get().run(target);
    }

    private static Map<String, Supplier<DeviceProfile>> byName() {
        Map<String, Supplier<DeviceProfile>> byName = new LinkedHashMap<>();
        for (Supplier<DeviceProfile> factory : REGISTERED) {
            String name = factory.get().name();
            if (byName.put(name, factory) != null) {
                throw new IllegalStateException("two device profiles are named '" + name + "'");
            }
        }
        return byName;
    }
}
