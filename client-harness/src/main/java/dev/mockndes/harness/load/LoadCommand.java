package dev.mockndes.harness.load;

import dev.mockndes.harness.device.JscepClients;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scep-harness load URL}: enrols many devices and reports throughput and latency. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Enrols --count devices through jscep with --concurrency parallel clients and reports enrolments/s and latency.",
        footer = {"", "Examples:",
                "  scep-harness load http://127.0.0.1:8080/certsrv/mscep/mscep.dll --count 500 --concurrency 16",
                "  scep-harness load URL --challenge s3cret --ca-sha256 7F3A... --json"})
public final class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The SCEP URL, e.g. http://127.0.0.1:8080/certsrv/mscep/mscep.dll")
    String url;

    @Option(names = "--count", defaultValue = "200", description = "Enrolments to attempt. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--concurrency", defaultValue = "16", description = "Parallel devices. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--challenge", description = "Challenge password to put in every CSR.")
    String challenge;

    @Option(names = "--ca-sha256", description = "Pin the CA to this SHA-256 thumbprint (hex); without it any CA is trusted.")
    String caSha256;

    @Option(names = "--key-bits", defaultValue = "2048", description = "Device RSA key size. Default: ${DEFAULT-VALUE}.")
    int keyBits;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var run = new LoadRun(() -> caSha256 == null ? JscepClients.trustingAnyCa(url) : JscepClients.forUrl(url, caSha256),
                count, concurrency, keyBits, Optional.ofNullable(challenge));
        LoadReport report = run.run();
        double floorOps = CryptoFloor.privateOpsPerSecond(java.time.Duration.ofSeconds(2));
        double floorEnrolments = floorOps / CryptoFloor.PRIVATE_OPS_PER_ENROLMENT;
        String floor = String.format(java.util.Locale.ROOT, "%.0f RSA-2048 private ops/s here, so %.1f enrolments/s per core; "
                + "the server reached %.2f of that", floorOps, floorEnrolments, report.enrolmentsPerSecond() / floorEnrolments);
        String jsonWithFloor = report.json().replaceFirst("}$", String.format(java.util.Locale.ROOT,
                ",\"privateOpsPerSecond\":%.1f,\"fractionOfFloor\":%.3f}", floorOps, report.enrolmentsPerSecond() / floorEnrolments));
        spec.commandLine().getOut().print(json ? jsonWithFloor + System.lineSeparator() : report.text() + "crypto floor: " + floor + "\n");
        spec.commandLine().getOut().flush();
        return report.failed() == 0 ? 0 : 1;
    }
}
