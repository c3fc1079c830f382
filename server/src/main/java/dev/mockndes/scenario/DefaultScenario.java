package dev.mockndes.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code scenarios/healthy.yaml} from the class path, read once per JVM by whoever asks first. */
final class DefaultScenario {
    static final Scenario HEALTHY = read();

    private DefaultScenario() {
    }

    private static Scenario read() {
        try (InputStream in = DefaultScenario.class.getClassLoader().getResourceAsStream(ClasspathScenarios.ANCHOR)) {
            if (in == null) {
                throw new IllegalStateException("no built-in scenarios: " + ClasspathScenarios.ANCHOR + " is not on the class path");
            }
            return ScenarioLoader.read("classpath:" + ClasspathScenarios.ANCHOR, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "healthy").scenario();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
