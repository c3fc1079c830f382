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
    /** The files as read, before {@code extends}: a file checked on its own may extend one of them. */
    private final Map<String, ScenarioFile> files;

    private ScenarioLibrary(List<ScenarioFile> files) {
        Map<String, ScenarioFile> byName = new TreeMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        this.files = byName;
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
            throw new ScenarioException(folder.toString(), "cannot list the folder: " + dev.mockndes.common.SystemWords.of(e), e);
        }
    }

    /**
     * The scenarios the server jar carries (class path folder {@code scenarios/}).
     *
     * @throws IllegalStateException when the class path has none
     */
    public static ScenarioLibrary builtIn() {
        if (BuiltIn.FAILURE != null) {
            throw BuiltIn.FAILURE;
        }
        return BuiltIn.LIBRARY;
    }

    /** Parsed once per JVM, by whoever asks first (the class holder makes that lazy and thread-safe). */
    private static final class BuiltIn {
        static final ScenarioLibrary LIBRARY;
        static final RuntimeException FAILURE;

        static {
            ScenarioLibrary library = null;
            RuntimeException failure = null;
            try {
                library = fromClassPath(ScenarioLibrary.class.getClassLoader());
            } catch (RuntimeException e) {
                failure = e;
            }
            LIBRARY = library;
            FAILURE = failure;
        }
    }

    /** The files as read, by name, before {@code extends} is resolved. */
    Map<String, ScenarioFile> files() {
        return files;
    }

    /**
     * The one way a scenario is named on the command line, in the JUnit extension and in the
     * dashboard: a file when {@code nameOrFile} looks like a path (it ends in {@code .yaml} or
     * {@code .yml}, or holds a path separator), checked as {@link #check} does; else a name in the
     * built-in library.
     *
     * @throws ScenarioException               for a file that cannot be read or is not a valid scenario
     * @throws java.util.NoSuchElementException for an unknown name, naming the known ones
     */
    public static Scenario resolve(String nameOrFile) {
        return namesAFile(nameOrFile) ? check(Path.of(nameOrFile)) : builtIn().get(nameOrFile);
    }

    /** As {@link #resolve}, with names looked up in this library instead of the built-in one. */
    public Scenario lookUp(String nameOrFile) {
        return namesAFile(nameOrFile) ? check(Path.of(nameOrFile)) : get(nameOrFile);
    }

    /**
     * The one name-versus-file rule of every entry point: a value ending in {@code .yaml} or
     * {@code .yml}, or holding a path separator, is a file; anything else is a scenario name.
     */
    public static boolean namesAFile(String nameOrFile) {
        return nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")
                || nameOrFile.contains(java.io.File.separator);
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
        ScenarioFile file = ScenarioLoader.withProfileFrom(ScenarioLoader.read(source, yaml, null), Path.of("").toAbsolutePath());
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
