package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recipes of docs/recipes run as a user runs them, against the built jar: the shell recipe with
 * micromdm's scepclient, and the pytest recipe with Debian's python3-pytest and python3-requests.
 */
class RecipesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("server/target/mock-ndes.jar");

    @Test
    void theShellRecipeEnrolsThenSeesTheStoppedPoolFail() throws Exception {
        Processes.require("scepclient", "scep");
        Processes.require("jq", "jq");
        assertThat(JAR).as("the server jar is built before the acceptance tests").exists();
        Processes.Result run = run(List.of("bash", "docs/recipes/enrol-then-fail.sh"));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("mock-ndes ready: http://127.0.0.1:", "CN = recipe-device",
                "scenario now: app-pool-stopped", "enrolment failed as expected", "stopped");
    }

    @Test
    void thePytestRecipePasses() throws Exception {
        Processes.require("scepclient", "scep");
        // Debian's python3, where apt puts python3-pytest and python3-requests; else whatever python3 the PATH has.
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : Processes.require("python3", "python3");
        Processes.Result modules = Processes.run(ROOT, 60, List.of(python, "-c", "import pytest, requests"));
        assertThat(modules.exitCode()).as("python3-pytest and python3-requests are installed (.ci/run installs them): %s",
                modules.output()).isZero();
        Processes.Result run = run(List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "docs/recipes/python"));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("3 passed");
    }

    private static Processes.Result run(List<String> command) throws Exception {
        Path home = Files.createTempDirectory("recipe-home");
        return Processes.run(ROOT, 300, command, Map.of("MOCK_NDES_JAR", JAR.toString(), "HOME", home.toString()));
    }
}
