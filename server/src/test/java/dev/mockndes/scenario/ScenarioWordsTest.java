package dev.mockndes.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockndes.common.OutcomeWord;
import dev.mockndes.fault.UserAgentFamily;
import dev.mockndes.harness.device.Devices;
import org.junit.jupiter.api.Test;

/** The loader checks a scenario's words against the registries they come from, and names the known ones. */
class ScenarioWordsTest {

    @Test
    void acceptsEveryProfileOfTheHarnessInExpect() {
        StringBuilder yaml = new StringBuilder("name: x\ntitle: t\nexpect:\n");
        Devices.profiles().forEach(profile -> yaml.append("  ").append(profile).append(": {outcome: success}\n"));
        assertThat(ScenarioLoader.parse("test", yaml.toString()).expect()).containsOnlyKeys(Devices.profiles());
    }

    @Test
    void refusesAnExpectKeyThatIsNoProfileOfTheHarness() {
        assertThat(error("name: x\ntitle: t\nexpect:\n  blackberry: {outcome: success}\n"))
                .isEqualTo("test:4:3: unknown device 'blackberry' in expect (known: " + String.join(", ", Devices.profiles()) + ")");
    }

    @Test
    void refusesAnOutcomeThatIsNoOutcomeWord() {
        assertThat(error("name: x\ntitle: t\nexpect:\n  ios: {outcome: fine}\n"))
                .isEqualTo("test:4:9: outcome must be one of " + String.join(", ", OutcomeWord.words()) + ", not 'fine'");
    }

    @Test
    void refusesAMatchDeviceThatIsNoUserAgentFamily() {
        assertThat(error("name: x\ntitle: t\nrules:\n  - match: {device: rfc8894}\n    fault: {type: reset}\n"))
                .isEqualTo("test:4:13: unknown device 'rfc8894' (known: " + String.join(", ", UserAgentFamily.words()) + ")");
    }

    private static String error(String yaml) {
        return catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse("test", yaml)).getMessage();
    }
}
