package dev.mockndes.common;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The device profiles a client harness can enrol as, by name: the port through which the server
 * checks a scenario's {@code expect:} keys without depending on the harness. The harness registers
 * its implementation with {@link ServiceLoader}; without a harness on the class path there is none.
 */
public interface ProfileCatalog {

    /** The profile names, in the harness's order. */
    List<String> profiles();

    /** The profiles of the harness on the class path, or empty when there is none. */
    static Optional<List<String>> installed() {
        return ServiceLoader.load(ProfileCatalog.class, ProfileCatalog.class.getClassLoader()).findFirst().map(ProfileCatalog::profiles);
    }
}
