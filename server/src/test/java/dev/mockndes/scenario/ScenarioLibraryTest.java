package dev.mockndes.scenario;

import dev.mockndes.fault.Rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockndes.fault.ConnectionReset;
import dev.mockndes.fault.Hang;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders and class-path libraries, with {@code extends} resolved. */
class ScenarioLibraryTest {
    private static final String BASE = """
            name: base
            title: Base
            documentation: {article: Base article}
            seed: 1
            rules: [{fault: {type: hang, maxMillis: 10}}]
            expect:
              ios: {outcome: timeout}
              android: {outcome: timeout}
            """;

    @TempDir
    Path dir;

    @Test
    void aChildsRulesComeBeforeItsParentsAndItsGivenFieldsWin() throws IOException {
        write("base.yaml", BASE);
        write("child.yaml", """
                name: child
                title: Child
                extends: base
                rules: [{fault: {type: reset}, match: {operation: [PKIOperation]}}]
                expect:
                  ios: {outcome: connection-error}
                """);

        Scenario child = ScenarioLibrary.load(dir).get("child");

        assertThat(child.title()).isEqualTo("Child");
        assertThat(child.rules()).extracting(Rule::fault).containsExactly(new ConnectionReset(), new Hang(10L));
        assertThat(child.documentation().article()).isEqualTo("Base article");
        assertThat(child.seed()).isEqualTo(1L);
        assertThat(child.expect()).containsEntry("ios", new Expectation("connection-error", null, null))
                .containsEntry("android", new Expectation("timeout", null, null));
        assertThat(child.extendsName()).isEqualTo("base");
    }

    @Test
    void reportsAnUnknownParentAtTheExtendsKey() throws IOException {
        write("base.yaml", BASE);
        write("child.yaml", "name: child\ntitle: Child\nextends: bsae\n");

        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioLibrary.load(dir))).hasMessage(dir.resolve("child.yaml")
                + ":3:1: extends names an unknown scenario 'bsae' (known: base, child)");
    }

    @Test
    void reportsAnExtendsCycleAtTheKeyThatClosesIt() throws IOException {
        write("a.yaml", "name: a\ntitle: A\nextends: b\n");
        write("b.yaml", "name: b\ntitle: B\n\nextends: a\n");

        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioLibrary.load(dir)))
                .hasMessage(dir.resolve("b.yaml") + ":4:1: extends makes a cycle: a -> b -> a");
    }

    @Test
    void listsByNameAndNamesTheKnownScenariosForAnUnknownOne() throws IOException {
        write("zeta.yaml", "name: zeta\ntitle: Z\n");
        write("alpha.yaml", "name: alpha\ntitle: A\n");
        write("notes.txt", "not a scenario");

        ScenarioLibrary library = ScenarioLibrary.load(dir);

        assertThat(library.list()).extracting(Scenario::name).containsExactly("alpha", "zeta");
        assertThat(library.find("alpha")).isPresent();
        assertThatThrownBy(() -> library.get("beta")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("unknown scenario 'beta' (known: alpha, zeta)");
    }

    @Test
    void inlineYamlExtendsAScenarioOfTheLibrary() throws IOException {
        write("base.yaml", BASE);
        ScenarioLibrary library = ScenarioLibrary.load(dir);

        Scenario inline = library.parse("request body", "name: mine\ntitle: Mine\nextends: base\nrules: [{fault: {type: reset}}]\n");

        assertThat(inline.rules()).extracting(Rule::fault).containsExactly(new ConnectionReset(), new Hang(10L));
        assertThat(catchThrowableOfType(ScenarioException.class, () -> library.parse("request body", "name: m\ntitle: M\nextends: nope\n")))
                .hasMessage("request body:3:1: extends names an unknown scenario 'nope' (known: base)");
    }

    @Test
    void readsTheScenariosAJarCarriesUnderScenarios() throws IOException {
        Path jar = dir.resolve("server.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "scenarios/healthy.yaml", "name: healthy\ntitle: H\n");
            entry(out, "scenarios/slow.yaml", "name: slow\ntitle: S\nextends: healthy\n");
            entry(out, "other/ignored.yaml", "not: read");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(ScenarioLibrary.fromClassPath(loader).list()).extracting(Scenario::name).containsExactly("healthy", "slow");
        }
    }

    @Test
    void readsTheScenariosOfAClassPathFolder() throws IOException {
        Files.createDirectories(dir.resolve("classes/scenarios"));
        write("classes/scenarios/healthy.yaml", "name: healthy\ntitle: H\n");
        write("classes/scenarios/flaky.yaml", "name: flaky\ntitle: F\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(ScenarioLibrary.fromClassPath(loader).list()).extracting(Scenario::name).containsExactly("flaky", "healthy");
        }
    }

    @Test
    void saysSoWhenTheClassPathCarriesNoScenarios() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> ScenarioLibrary.fromClassPath(empty)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("scenarios/healthy.yaml");
        }
    }

    @Test
    void checkingOneFileResolvesItsParentFromTheFilesBesideIt() throws IOException {
        write("base.yaml", BASE);
        Path child = write("child.yaml", "name: child\ntitle: Child\nextends: base\n");

        assertThat(ScenarioLibrary.check(child).rules()).extracting(Rule::fault).containsExactly(new Hang(10L));
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private static void entry(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
