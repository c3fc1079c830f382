package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code scep-harness enrol} and {@code probe} as a user runs them: output and exit codes. */
class HarnessCliTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new HarnessCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void enrolPrintsTheDeviceLogAndTheOutcomeAndExitsZeroOnSuccess() {
        Result result = run("enrol", ndes.scepUrl(), "--device", "windows", "--challenge", "s3cret",
                "--ca-sha256", ndes.server().caThumbprints().sha256());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Event 36", "Event 39", "outcome: success");
    }

    @Test
    void enrolAsJsonCarriesTheOutcomeInTheScenarioVocabulary() {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("missing-impersonation-right"));

        Result result = run("enrol", ndes.scepUrl(), "--device", "ios", "--json");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).startsWith("{\"profile\":\"ios\",\"outcome\":\"http-status 500\"").contains("\"log\":[");
    }

    @Test
    void enrolRefusesAnUnknownDevice() {
        Result result = run("enrol", ndes.scepUrl(), "--device", "symbian");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("unknown --device 'symbian'");
    }

    @Test
    void probeExitsZeroOnAHealthyNdesAndShowsItsFindings() {
        Result result = run("probe", ndes.scepUrl(), "--challenge", "s3cret");

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).contains("[ok]", "browse", "GetCACaps", "GetCACert", "URL length", "enrolment (rfc8894)",
                "diagnosis: healthy");
    }

    @Test
    void probeExitsNonZeroAndNamesTheCauseAsJson() {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("gateway-timeout"));

        Result result = run("probe", ndes.scepUrl(), "--json");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("\"healthy\":false", "\"id\":\"gateway-timeout\"", "\"resolution\":");
    }
}
