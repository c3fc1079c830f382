package dev.mockndes.junit;

import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLibrary;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/** Scenario names and files, resolved the way {@code mock-ndes serve --scenario} resolves them. */
final class Scenarios {
    private Scenarios() {
    }

    /** @throws IllegalArgumentException naming the scenario, why it cannot be used and what to give instead */
    static Scenario resolve(String nameOrFile) {
        try {
            return ScenarioLibrary.resolve(nameOrFile);
        } catch (NoSuchElementException | ScenarioException e) {
            throw unusable(nameOrFile, e);
        }
    }

    /** @throws IllegalArgumentException naming the file, why it cannot be used and what to check */
    static Scenario resolve(Path file) {
        try {
            return ScenarioLibrary.check(file);
        } catch (ScenarioException e) {
            throw unusable(file.toString(), e);
        }
    }

    private static IllegalArgumentException unusable(String scenario, RuntimeException e) {
        return new IllegalArgumentException("mock-ndes cannot use the scenario '" + scenario + "': " + e.getMessage()
                + (e instanceof NoSuchElementException ? "; give a library name or the path of a .yaml file"
                        : "; check the file with 'mock-ndes scenarios validate FILE'"), e);
    }
}
