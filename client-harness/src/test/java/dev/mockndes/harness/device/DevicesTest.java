package dev.mockndes.harness.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.common.ProfileCatalog;
import java.net.URI;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DevicesTest {

    @Test
    void listsEachRegisteredProfileOnceUnderItsOwnNameInRegistryOrder() {
        assertThat(Devices.profiles()).startsWith("android", "ios", "macos", "windows", "rfc8894").doesNotHaveDuplicates();
    }

    @Test
    void refusesAnUnknownProfileAndNamesTheKnownOnes() {
        DeviceTarget target = new DeviceTarget(URI.create("http://127.0.0.1:1/"), Optional.empty(), Optional.empty(), Duration.ofSeconds(1));
        assertThatThrownBy(() -> Devices.run("blackberry", target)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("unknown device profile 'blackberry' (known: " + String.join(", ", Devices.profiles()) + ")");
    }

    @Test
    void offersItsProfilesToTheServerThroughTheSharedPort() {
        assertThat(ProfileCatalog.installed()).contains(Devices.profiles());
    }
}
