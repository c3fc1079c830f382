package dev.mockndes.harness.device;

import dev.mockndes.common.ProfileCatalog;
import java.util.List;

/** {@link Devices}' names behind the shared port, so the server can check {@code expect:} keys without depending on the harness. */
public final class HarnessProfiles implements ProfileCatalog {

    @Override
    public List<String> profiles() {
        return Devices.profiles();
    }
}
