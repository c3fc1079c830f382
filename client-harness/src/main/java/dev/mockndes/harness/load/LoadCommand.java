package dev.mockndes.harness.load;

import dev.mockndes.harness.Json;
import dev.mockndes.harness.device.DeviceStop;
import dev.mockndes.harness.probe.ProbeCommand;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scep-harness load URL}: many devices (or GetCACaps requests) at once; throughput, latency and failures. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Enrols --devices virtual devices with --concurrency at a time for --count attempts or a --duration, and reports "
                + "enrolments/s, latency percentiles and failures by kind, with this machine's RSA-2048 crypto floor.",
                "--operation GetCACaps hammers GetCACaps over keep-alive connections instead. Exit code 0 when nothing failed."},
        footer = {"", "Examples:",
                "  scep-harness load http://127.0.0.1:8080/certsrv/mscep/mscep.dll --count 500 --concurrency 16",
                "  scep-harness load URL --duration 30s --devices 2000 --concurrency 16 --prebuild --json",
                "  scep-harness load URL --duration 10s --concurrency 16 --prebuild --warmup 60s",
                "  scep-harness load URL --operation GetCACaps --duration 10s --concurrency 64"})
public final class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The SCEP URL, e.g. http://127.0.0.1:8080/certsrv/mscep/mscep.dll")
    URI url;

    @Option(names = "--operation", defaultValue = "enrol", description = "enrol or GetCACaps. Default: ${DEFAULT-VALUE}.")
    String operation;

    @Option(names = "--count", description = "Attempts to make (default 200 when no --duration is given).")
    Long count;

    @Option(names = "--duration", description = "Run for this long instead of a count, e.g. 30s.", converter = ProbeCommand.DurationConverter.class)
    Duration duration;

    @Option(names = "--devices", description = "Distinct device identities, used in turn. Default: --count, or 256 with --duration.")
    Integer devices;

    @Option(names = "--concurrency", defaultValue = "16", description = "Devices (or connections) at work at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--prebuild", description = "Build every device's signed, encrypted PKCSReq before the clock starts and only POST the "
            + "bytes over keep-alive connections (plain http), so the client is not the bottleneck.")
    boolean prebuild;

    @Option(names = "--get", description = "With --prebuild: send each PKIOperation as a GET with the message in the URL, even when the "
            + "server takes POST (the path older devices use).")
    boolean get;

    @Option(names = "--warmup", description = "With --prebuild: send the requests for this long before the clock starts, unreported, "
            + "e.g. 60s. A JVM server freshly started runs its first enrolments at a fraction of its later rate while it compiles "
            + "them. Default: none.", converter = ProbeCommand.DurationConverter.class)
    Duration warmup;

    @Option(names = "--challenge", description = "Challenge password to put in every CSR.")
    String challenge;

    @Option(names = "--ca-sha256", description = "Pin the CA to this SHA-256 thumbprint (hex); without it any CA is trusted.")
    String caSha256;

    @Option(names = "--key-bits", defaultValue = "2048", description = "Device RSA key size. Default: ${DEFAULT-VALUE}.")
    int keyBits;

    @Option(names = "--timeout", defaultValue = "30s", description = "Wait per answer. Default: ${DEFAULT-VALUE}.",
            converter = ProbeCommand.DurationConverter.class)
    Duration timeout;

    @Option(names = "--floor-seconds", defaultValue = "2", description = "Seconds spent measuring the RSA-2048 crypto floor after an "
            + "enrolment run (0: skip). Default: ${DEFAULT-VALUE}.")
    double floorSeconds;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean caps = operation.equalsIgnoreCase("GetCACaps");
        if (!caps && !operation.equalsIgnoreCase("enrol")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --operation '" + operation + "' (known: enrol, GetCACaps)");
        }
        if (count != null && duration != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --count or --duration, not both");
        }
        if (get && !prebuild) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--get needs --prebuild (without it each device chooses its own method)");
        }
        if (warmup != null && !prebuild) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup needs --prebuild");
        }
        Long attempts = duration == null && count == null ? Long.valueOf(200) : count;
        int deviceCount = devices != null ? devices : attempts != null ? (int) Math.min(attempts, 100_000) : 256;
        dev.mockndes.harness.cli.HarnessErrors.checkScepUrl(url);
        LoadPlan plan = new LoadPlan(url, deviceCount, concurrency, attempts, duration, prebuild, Optional.ofNullable(challenge),
                Optional.ofNullable(caSha256), keyBits, timeout);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Phases phases = System.console() != null ? Phases.bars(err) : Phases.lines(err);
        LoadReport report;
        try {
            if (caps) {
                try (Progress progress = phases.begin("requesting", "requests", attempts == null ? -1 : attempts,
                        duration == null ? 0 : duration.toNanos())) {
                    report = new CapsLoad(plan).run(progress.counter());
                }
            } else {
                report = prebuild ? new PrebuiltLoad(plan, get, warmup == null ? Duration.ZERO : warmup).run(phases) : new LoadRun(plan).run(phases);
            }
        } catch (DeviceStop stop) {
            throw new dev.mockndes.harness.cli.HarnessError("cannot prepare the run against " + url,
                    stop.outcome().wire() + ": " + stop.outcome().detail(), "see what the server answers with 'scep-harness probe " + url + "'");
        }
        Map<String, Object> fields = report.fields();
        StringBuilder text = new StringBuilder(report.text());
        if (!caps && floorSeconds > 0) {
            double floorOps = CryptoFloor.privateOpsPerSecond(Duration.ofMillis((long) (floorSeconds * 1000)));
            double floorEnrolments = floorOps / CryptoFloor.PRIVATE_OPS_PER_ENROLMENT;
            fields.put("privateOpsPerSecond", LoadReport.round(floorOps, 1));
            fields.put("floorEnrolmentsPerSecond", LoadReport.round(floorEnrolments, 1));
            fields.put("fractionOfFloor", LoadReport.round(report.perSecond() / floorEnrolments, 3));
            text.append(String.format(Locale.ROOT, "crypto floor: %.0f RSA-2048 private ops/s here, so %.1f enrolments/s per core "
                    + "(3 private-key operations each); the server reached %.2f of that%n", floorOps, floorEnrolments, report.perSecond() / floorEnrolments));
        }
        out.print(json ? Json.write(fields) + System.lineSeparator() : text);
        out.flush();
        return report.failed() == 0 ? 0 : 1;
    }
}
