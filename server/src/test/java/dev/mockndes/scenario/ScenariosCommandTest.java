package dev.mockndes.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.cli.ScenariosCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mock-ndes scenarios list | show | validate} through picocli, as a user or CI runs it. */
class ScenariosCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void validatePrintsOkForEachGoodFileAndExitsZero() {
        int code = run("validate", "../scenarios/healthy.yaml", "../scenarios/app-pool-stopped-crl-unreachable.yaml");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly("../scenarios/healthy.yaml: ok",
                "../scenarios/app-pool-stopped-crl-unreachable.yaml: ok");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validatePrintsThePositionedProblemOfABadFileAndExitsNonZero() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\ntitle: t\nrules:\n  - fault: {type: rest}\n");
        Path good = Files.writeString(dir.resolve("good.yaml"), "name: good\ntitle: t\n");

        int code = run("validate", bad.toString(), good.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith(bad + ":4:13: unknown fault type 'rest' (known: iis-error,").hasLineCount(1);
        assertThat(out.toString()).isEqualTo(good + ": ok" + System.lineSeparator());
    }

    @Test
    void validateResolvesExtendsAgainstTheFilesBesideIt() throws IOException {
        Path child = Files.writeString(dir.resolve("child.yaml"), "name: child\ntitle: t\nextends: nowhere\n");

        assertThat(run("validate", child.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(child + ":3:1: extends names an unknown scenario 'nowhere'");
    }

    @Test
    void listPrintsNameAndTitleSortedByName() {
        assertThat(run("list", "--dir", "../scenarios")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSizeGreaterThan(10).isSortedAccordingTo(java.util.Comparator.naturalOrder())
                .anySatisfy(line -> assertThat(line).matches("app-pool-stopped +The SCEP application pool .*"));
    }

    @Test
    void showPrintsDocumentationRulesAndExpectations() {
        assertThat(run("show", "--dir", "../scenarios", "missing-impersonation-right")).isZero();
        assertThat(out.toString()).contains("Troubleshoot device to NDES server communication",
                "1. every request -> iis-error status=500 substatus=0 win32=1346", "ios      http-status 500");
    }

    private int run(String... args) {
        return new CommandLine(new ScenariosCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }
}
