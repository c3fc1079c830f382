package dev.mockndes.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A set of scenarios by name, each loaded strictly and with {@code extends} resolved, so what it
 * hands out is ready to run. Loading fails on the first bad file (in file-name order) with its
 * {@link ScenarioException}.
 */
public final class ScenarioLibrary {
    private final Map<String, Scenario> scenarios;

    private ScenarioLibrary(List<ScenarioFile> files) {
        Map<String, ScenarioFile> byName = new TreeMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        Inheritance inheritance = new Inheritance(name -> Optional.ofNullable(byName.get(name)), byName.keySet());
        Map<String, Scenario> resolved = new TreeMap<>();
        byName.values().forEach(f -> resolved.put(f.name(), inheritance.resolve(f)));
        this.scenarios = resolved;
    }

    /** Every {@code *.yaml} in {@code folder}, e.g. the repository's {@code scenarios/}. */
    public static ScenarioLibrary load(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return new ScenarioLibrary(paths.filter(ScenarioLibrary::isScenarioFile).sorted().map(ScenarioLoader::loadFile).toList());
        } catch (IOException e) {
            throw new ScenarioException(folder.toString(), "cannot list the folder: " + e, e);
        }
    }

    /**
     * The scenarios the server jar carries (class path folder {@code scenarios/}).
     *
     * @throws IllegalStateException when the class path has none
     */
    public static ScenarioLibrary builtIn() {
        return fromClassPath(ScenarioLibrary.class.getClassLoader());
    }

    static ScenarioLibrary fromClassPath(ClassLoader loader) {
        return new ScenarioLibrary(ClasspathScenarios.read(loader));
    }

    /**
     * Checks one file as {@code mock-ndes scenarios validate} does and returns it resolved: strict
     * loading, then its {@code extends} chain, looked up first beside the file, then in the built-in
     * library.
     */
    public static Scenario check(Path file) {
        return FileCheck.check(file);
    }

    /**
     * Parses inline YAML (e.g. the admin API's {@code PUT /scenario}) strictly and resolves its
     * {@code extends} against this library. There is no file name to compare {@code name} with.
     */
    public Scenario parse(String source, String yaml) {
        ScenarioFile file = ScenarioLoader.read(source, yaml, null);
        String parent = file.scenario().extendsName();
        if (parent == null) {
            return file.scenario();
        }
        return Inheritance.merge(file.scenario(), find(parent).orElseThrow(() -> Inheritance.unknownParent(file, scenarios.keySet())));
    }

    public Optional<Scenario> find(String name) {
        return Optional.ofNullable(scenarios.get(name));
    }

    /** @throws NoSuchElementException naming the known scenarios */
    public Scenario get(String name) {
        return find(name).orElseThrow(() -> new NoSuchElementException(
                "unknown scenario '" + name + "' (known: " + String.join(", ", scenarios.keySet()) + ")"));
    }

    /** Every scenario, sorted by name. */
    public List<Scenario> list() {
        return List.copyOf(scenarios.values());
    }

    private static boolean isScenarioFile(Path path) {
        return path.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(path);
    }
}
