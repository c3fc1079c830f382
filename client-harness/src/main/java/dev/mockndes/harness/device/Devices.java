package dev.mockndes.harness.device;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The device profiles by name: the one entry point for the CLI, the dashboard and the tests.
 *
 * <ul>
 *   <li>{@code android}: jscep as the Intune Android agent uses it;</li>
 *   <li>{@code ios}, {@code macos}: Apple's profiled;</li>
 *   <li>{@code windows}: the Windows MDM SCEP CSP;</li>
 *   <li>{@code rfc8894}: a strict generic client.</li>
 * </ul>
 */
public final class Devices {
    private static final Map<String, Supplier<DeviceProfile>> PROFILES = Map.of(
            "android", AndroidDevice::new,
            "ios", AppleDevice::ios,
            "macos", AppleDevice::macos,
            "windows", WindowsDevice::new,
            "rfc8894", StrictDevice::new);
    private static final List<String> ORDER = List.of("android", "ios", "macos", "windows", "rfc8894");

    private Devices() {
    }

    /** The profile names, in a stable order (the matrix's columns). */
    public static List<String> profiles() {
        return ORDER;
    }

    /**
     * Enrols once with a fresh device of {@code profile}. Server misbehaviour is classified in the
     * run's outcome, never thrown.
     *
     * @throws NoSuchElementException for an unknown profile name
     */
    public static DeviceRun run(String profile, DeviceTarget target) {
        Supplier<DeviceProfile> factory = PROFILES.get(profile);
        if (factory == null) {
            throw new NoSuchElementException("unknown device profile '" + profile + "' (known: " + String.join(", ", ORDER) + ")");
        }
        return factory.get().run(target);
    }
}
