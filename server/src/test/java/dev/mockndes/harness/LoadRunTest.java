package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.load.CapsLoad;
import dev.mockndes.harness.load.LoadPlan;
import dev.mockndes.harness.load.LoadReport;
import dev.mockndes.harness.load.LoadRun;
import dev.mockndes.harness.load.PrebuiltLoad;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** The harness's load runs against a real listener: they count what succeeded and classify what failed. Never timed. */
class LoadRunTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withChallenge("s3cret"));

    private static LoadPlan plan(long count, int concurrency) {
        return LoadPlan.count(URI.create(ndes.scepUrl()), count, concurrency).withKeyBits(1024).withChallenge("s3cret");
    }

    @Test
    void countsEverySuccessfulEnrolmentAndItsLatency() throws Exception {
        long before = ndes.server().certificates().count();

        LoadReport report = new LoadRun(plan(12, 4).withCaSha256(ndes.server().caThumbprints().sha256())).run();

        assertThat(report.succeeded()).isEqualTo(12);
        assertThat(report.failed()).isZero();
        assertThat(report.percentileMillis(50)).isPositive().isLessThanOrEqualTo(report.percentileMillis(99));
        assertThat(report.enrolmentsPerSecond()).isPositive();
        assertThat(report.json()).contains("\"succeeded\":12", "\"failed\":0", "\"operation\":\"enrol\"");
        assertThat(ndes.server().certificates().count() - before).isEqualTo(12);
    }

    @Test
    void showsEachPhaseWithItsOwnCountAndTimeAndEndsWithTheFinalCount() throws Exception {
        java.io.StringWriter log = new java.io.StringWriter();

        LoadReport report = new LoadRun(plan(6, 2)).run(dev.mockndes.harness.load.Phases.lines(new java.io.PrintWriter(log)));

        assertThat(report.succeeded()).isEqualTo(6);
        assertThat(log.toString()).containsPattern("(?m)^preparing keys: 6 devices in \\d+\\.\\d\\d s$")
                .containsPattern("(?m)^enrolling: 6 enrolments in \\d+\\.\\d\\d s$");
        assertThat(log.toString().indexOf("preparing keys: 6")).isLessThan(log.toString().indexOf("enrolling: 6"));
    }

    @Test
    void classifiesRefusalsByFailInfo() throws Exception {
        LoadReport report = new LoadRun(plan(3, 2).withChallenge("wrong")).run();

        assertThat(report.succeeded()).isZero();
        assertThat(report.failures()).containsEntry("scep-failure badRequest", 3);
        assertThat(report.text()).contains("failures: {scep-failure badRequest=3}");
    }

    @Test
    void classifiesHttpErrorsByStatus() throws Exception {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("app-pool-stopped"));

        LoadReport report = new LoadRun(plan(4, 2)).run();

        assertThat(report.failures()).containsEntry("http-status 503", 4);
    }

    @Test
    void prebuiltRequestsEnrolOverKeepAliveAndCountEachReply() throws Exception {
        long before = ndes.server().certificates().count();

        LoadReport report = new PrebuiltLoad(plan(10, 3).withPrebuild(true)).run();

        assertThat(report.succeeded()).isEqualTo(10);
        assertThat(report.failed()).isZero();
        assertThat(ndes.server().certificates().count() - before).isEqualTo(10);
    }

    @Test
    void aWarmUpSendsRequestsBeforeTheClockStartsAndReportsNoneOfThem() throws Exception {
        long before = ndes.server().certificates().count();
        StringWriter log = new StringWriter();

        LoadReport report = new PrebuiltLoad(plan(5, 2).withPrebuild(true), false, Duration.ofMillis(300))
                .run(dev.mockndes.harness.load.Phases.lines(new PrintWriter(log)));

        assertThat(report.succeeded()).isEqualTo(5);
        assertThat(report.failed()).isZero();
        assertThat(ndes.server().certificates().count() - before).isGreaterThan(5);
        assertThat(log.toString()).containsPattern("(?m)^warming up: \\d+ enrolments in \\d+\\.\\d\\d s$")
                .containsPattern("(?m)^enrolling: 5 enrolments in \\d+\\.\\d\\d s$");
        assertThat(log.toString().indexOf("warming up:")).isLessThan(log.toString().indexOf("enrolling: 5"));
    }

    @Test
    void theLoadCommandRefusesAWarmUpWithoutPrebuiltRequests() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new HarnessCommand()).setErr(new PrintWriter(err)).execute("load", ndes.scepUrl(), "--count", "2",
                "--warmup", "1s");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--warmup needs --prebuild");
    }

    @Test
    void prebuiltRequestsClassifyPendingAndRefusals() throws Exception {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("pending-approval"));
        assertThat(new PrebuiltLoad(plan(4, 2).withPrebuild(true)).run().failures()).containsEntry("pending", 4);

        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("challenge-rejected"));
        assertThat(new PrebuiltLoad(plan(3, 2).withPrebuild(true)).run().failures()).containsEntry("scep-failure badRequest", 3);
    }

    @Test
    void getCaCapsRunAnswersEveryRequestOverKeepAlive() throws Exception {
        LoadReport report = new CapsLoad(plan(500, 8)).run();

        assertThat(report.operation()).isEqualTo("GetCACaps");
        assertThat(report.succeeded()).isEqualTo(500);
        assertThat(report.failed()).isZero();
        assertThat(report.text()).contains("GetCACaps requests: 500 ok, 0 failed", "8 concurrent connections");
    }

    @Test
    void getCaCapsRunCountsResetsAsConnectionErrors() throws Exception {
        ndes.server().scenario().use(ScenarioLibrary.builtIn().get("network-blocked"));

        LoadReport report = new CapsLoad(plan(20, 4)).run();

        assertThat(report.succeeded()).isZero();
        assertThat(report.failures()).containsEntry("connection-error", 20);
    }

    @Test
    void aDurationBoundRunStopsByItself() throws Exception {
        LoadReport report = new CapsLoad(plan(1, 2).withDuration(Duration.ofMillis(300), 1)).run();

        assertThat(report.succeeded()).isPositive();
        assertThat(report.failed()).isZero();
    }

    @Test
    void theLoadCommandReportsJsonWithTheCryptoFloor() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new HarnessCommand()).setOut(new PrintWriter(out)).execute("load", ndes.scepUrl(), "--count", "4",
                "--concurrency", "2", "--prebuild", "--key-bits", "1024", "--challenge", "s3cret", "--floor-seconds", "0.2", "--json");

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith("{\"operation\":\"enrol\",\"succeeded\":4,\"failed\":0")
                .contains("\"privateOpsPerSecond\":", "\"fractionOfFloor\":").doesNotContain("\r");
    }
}
