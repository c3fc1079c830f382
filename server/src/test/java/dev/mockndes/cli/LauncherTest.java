package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launchers say that they build before the first run's silent build, and build nothing when the
 * jar is current. Maven and Java are stand-ins here: the launcher's own logic is what is checked.
 */
class LauncherTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @CsvSource({"mock-ndes, server/target/mock-ndes.jar", "scep-harness, client-harness/target/scep-harness.jar"})
    void theFirstRunSaysItIsBuildingThenTheNextDoesNot(String launcher, String jar, @TempDir Path checkout) throws Exception {
        Files.copy(ROOT.resolve(launcher), checkout.resolve(launcher));
        Path bin = Files.createDirectories(checkout.resolve("bin"));
        executable(bin.resolve("mvn"), "#!/usr/bin/env bash\nmkdir -p \"$(dirname '" + checkout.resolve(jar) + "')\"\ntouch '"
                + checkout.resolve(jar) + "'\n");
        executable(bin.resolve("java"), "#!/usr/bin/env bash\necho ran \"$@\"\n");

        Result first = run(checkout, bin, launcher);
        Result second = run(checkout, bin, launcher);

        assertThat(first.err()).isEqualTo(launcher + ": building " + launcher + " (first run)…\n");
        assertThat(first.out()).startsWith("ran ").contains(" -jar ", "--version");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).startsWith("ran ").contains(" -jar ", "--version");
    }

    private record Result(String out, String err) {
    }

    private static Result run(Path checkout, Path bin, String launcher) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve(launcher).toString(), "--version")
                .redirectError(checkout.resolve("err.txt").toFile()).redirectOutput(checkout.resolve("out.txt").toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":" + env.get("PATH"));
        assertThat(builder.start().waitFor()).isZero();
        return new Result(Files.readString(checkout.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(checkout.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
