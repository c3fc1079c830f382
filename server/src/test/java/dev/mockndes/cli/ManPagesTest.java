package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.HarnessCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages in {@code docs/man}: one AsciiDoc page per command of {@code mock-ndes} and
 * {@code scep-harness}, written by picocli's ManPageGenerator from the command lines themselves.
 * This test fails when a page is stale, missing or left over, and when an option of a command is
 * missing from its page. Regenerate with
 * {@code mvn -B -o -pl server -am test -Dtest=ManPagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dman.write=true};
 * {@code asciidoctor -b manpage docs/man/mock-ndes-serve.adoc} turns a page into troff for {@code man}.
 */
class ManPagesTest {
    static final Path FOLDER = Path.of(System.getProperty("user.dir")).resolve("../docs/man").normalize();

    @Test
    void theCommittedPagesAreWhatTheCommandLinesGenerate() throws IOException {
        Map<String, String> generated = pages();
        if (Boolean.getBoolean("man.write")) {
            Files.createDirectories(FOLDER);
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path file : old.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, String> page : generated.entrySet()) {
                Files.writeString(FOLDER.resolve(page.getKey()), page.getValue());
            }
        }
        List<String> committed;
        try (Stream<Path> files = Files.list(FOLDER)) {
            committed = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".adoc")).sorted().toList();
        }
        assertThat(committed).as("docs/man holds a page for every command and nothing else (regenerate: -Dman.write=true)")
                .containsExactlyInAnyOrderElementsOf(generated.keySet());
        for (Map.Entry<String, String> page : generated.entrySet()) {
            assertThat(Files.readString(FOLDER.resolve(page.getKey()))).as("docs/man/%s is stale (regenerate: -Dman.write=true)",
                    page.getKey()).isEqualTo(page.getValue());
        }
    }

    @Test
    void everyOptionAndParameterOfEveryCommandIsOnItsPage() {
        Map<String, String> pages = pages();
        List<String> checked = new ArrayList<>();
        for (CommandSpec spec : commands()) {
            String page = pages.get(fileName(spec));
            assertThat(page).as("the page of %s", spec.qualifiedName()).isNotNull();
            for (OptionSpec option : spec.options().stream().filter(option -> !option.hidden()).toList()) { // a hidden option is not in --help either
                for (String name : option.names()) {
                    assertThat(page).as("%s %s", spec.qualifiedName(), name).contains(name);
                }
                checked.add(spec.qualifiedName() + " " + option.longestName());
            }
            spec.positionalParameters().forEach(parameter -> assertThat(page).as("%s %s", spec.qualifiedName(), parameter.paramLabel())
                    .contains(parameter.paramLabel()));
        }
        assertThat(checked).contains("mock-ndes serve --data-dir", "mock-ndes serve --ready-file", "scep-harness enrol --tls-trust",
                "scep-harness completion --help", "mock-ndes completion --version");
    }

    /** File name → AsciiDoc, for every command and subcommand of both tools. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (CommandSpec spec : commands()) {
            StringWriter page = new StringWriter();
            try (PrintWriter out = new PrintWriter(page)) {
                ManPageGenerator.writeSingleManPage(out, spec);
            }
            pages.put(fileName(spec), page.toString());
        }
        return pages;
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> specs = new ArrayList<>();
        collect(MockNdesCommand.commandLine(), specs);
        collect(HarnessCommand.commandLine(), specs);
        return specs;
    }

    private static void collect(CommandLine command, List<CommandSpec> specs) {
        CommandSpec spec = command.getCommandSpec();
        // The version line names the commit, which every commit changes: the pages name the release only.
        String version = dev.mockndes.common.BuildInfo.current().version();
        spec.versionProvider(() -> new String[] {spec.root().name() + " " + version});
        specs.add(spec);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, specs));
    }

    private static String fileName(CommandSpec spec) {
        return spec.qualifiedName("-") + ".adoc";
    }
}
