package dev.mockndes.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One file checked on its own, as {@code mock-ndes scenarios validate} does: strictly loaded, then
 * its {@code extends} chain resolved, each parent looked up first beside the file (and checked in
 * turn), then in the built-in library when the class path has one.
 */
final class FileCheck {
    private FileCheck() {
    }

    static Scenario check(Path file) {
        ScenarioFile scenario = ScenarioLoader.loadFile(file);
        if (scenario.scenario().extendsName() == null) {
            return scenario.scenario();
        }
        Map<String, ScenarioFile> builtIn = builtInFiles();
        Path folder = file.toAbsolutePath().getParent();
        Function<String, Optional<ScenarioFile>> find = name -> Files.isRegularFile(folder.resolve(name + ".yaml"))
                ? Optional.of(ScenarioLoader.loadFile(file.resolveSibling(name + ".yaml")))
                : Optional.ofNullable(builtIn.get(name));
        TreeSet<String> known = new TreeSet<>(builtIn.keySet());
        try (Stream<Path> siblings = Files.list(folder)) {
            siblings.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> known.add(n.substring(0, n.length() - ".yaml".length())));
        } catch (IOException e) {
            // the names only serve the message
        }
        return new Inheritance(find, known).resolve(scenario);
    }

    /** The built-in library's files, or none when the class path has no library (then only the files beside it count). */
    private static Map<String, ScenarioFile> builtInFiles() {
        try {
            return ScenarioLibrary.builtIn().files();
        } catch (IllegalStateException noBuiltIns) {
            return Map.of();
        }
    }
}
