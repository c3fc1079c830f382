package dev.mockndes.junit;

import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import java.nio.file.Path;

/** Scenario names and files, resolved the way {@code mock-ndes serve --scenario} resolves them. */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario resolve(String nameOrFile) {
        return ScenarioLibrary.resolve(nameOrFile);
    }

    static Scenario resolve(Path file) {
        return ScenarioLibrary.check(file);
    }
}
