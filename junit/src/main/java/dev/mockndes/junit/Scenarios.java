package dev.mockndes.junit;

import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
import java.io.File;
import java.nio.file.Path;

/** Scenario names and files, resolved the way {@code mock-ndes serve --scenario} resolves them. */
final class Scenarios {
    private static ScenarioLibrary builtIn;

    private Scenarios() {
    }

    /** A YAML file when it looks like a path ({@code .yaml}, {@code .yml} or a separator), else a built-in name. */
    static Scenario resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")
                || nameOrFile.contains(File.separator)) {
            return resolve(Path.of(nameOrFile));
        }
        return builtIn().get(nameOrFile);
    }

    static Scenario resolve(Path file) {
        return ScenarioLibrary.check(file);
    }

    /** Parsed once per JVM: the library takes a noticeable fraction of a second to load. */
    private static synchronized ScenarioLibrary builtIn() {
        if (builtIn == null) {
            builtIn = ScenarioLibrary.builtIn();
        }
        return builtIn;
    }
}
