package dev.mockndes.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.HarnessCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scep-harness completion}: a script that bash (and zsh through bashcompinit) really completes with. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HarnessCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theScriptCompletesCommandsAndOptionsInBash() throws Exception {
        Run bash = run("completion");
        assertThat(bash.code()).isZero();
        Path script = Files.writeString(dir.resolve("scep-harness-completion.bash"), bash.out());

        assertThat(complete(script, "scep-harness ")).contains("enrol", "probe", "load", "matrix", "completion");
        assertThat(complete(script, "scep-harness pr")).containsExactly("probe");
        assertThat(complete(script, "scep-harness enrol --dev")).containsExactly("--device");
        assertThat(complete(script, "scep-harness load --")).contains("--operation", "--devices", "--duration");
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinit() {
        Run zsh = run("completion", "zsh");
        assertThat(zsh.code()).isZero();
        assertThat(zsh.out()).isEqualTo(run("completion", "bash").out()).contains("bashcompinit");
    }

    @Test
    void anUnknownShellIsAOneLineUsageError() {
        Run fish = run("completion", "fish");
        assertThat(fish.code()).isEqualTo(2);
        assertThat(fish.err()).startsWith("scep-harness: ").contains("fish", "BASH", "ZSH").hasLineCount(1);
        assertThat(fish.out()).isEmpty();
    }

    /** Sources the script in bash and asks its completion function what it offers for {@code line}. */
    private List<String> complete(Path script, String line) throws Exception {
        String[] words = line.split(" ", -1);
        String bash = "source " + script + "\n"
                + "COMP_WORDS=(" + String.join(" ", Arrays.stream(words).map(w -> "'" + w + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_scep-harness\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process process = new ProcessBuilder("bash", "-c", bash).directory(dir.toFile())
                // compopt complains outside a real completion; only the offered words (stdout) matter here.
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    }
}
