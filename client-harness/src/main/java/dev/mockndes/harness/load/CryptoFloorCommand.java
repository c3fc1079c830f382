package dev.mockndes.harness.load;

import dev.mockndes.harness.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scep-harness floor}: this JVM's RSA-2048 private-key rate on one thread, and the enrolments
 * per second it allows one core. Run it pinned to the core the server runs on ({@code taskset -c 0})
 * to compare the server with the crypto it cannot avoid.
 */
@Command(name = "floor", mixinStandardHelpOptions = true,
        description = "Measures this JVM's RSA-2048 private-key operations per second on one thread, and the enrolments/s that allows "
                + "one core (" + CryptoFloor.PRIVATE_OPS_PER_ENROLMENT + " private-key operations each).",
        footer = {"", "Run it pinned to the server's core, e.g. with taskset -c 0.", "", "Examples:", "  scep-harness floor",
                "  scep-harness floor --seconds 5 --json"})
public final class CryptoFloorCommand implements Callable<Integer> {

    @Option(names = "--seconds", defaultValue = "3", description = "How long to measure, after a short warm-up. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(seconds > 0 && seconds <= 600)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be above 0 and at most 600, not " + seconds);
        }
        double ops = CryptoFloor.privateOpsPerSecond(Duration.ofMillis((long) (seconds * 1000)));
        double enrolments = ops / CryptoFloor.PRIVATE_OPS_PER_ENROLMENT;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("privateOpsPerSecond", LoadReport.round(ops, 1));
        fields.put("floorEnrolmentsPerSecond", LoadReport.round(enrolments, 1));
        spec.commandLine().getOut().println(json ? Json.write(fields)
                : String.format(java.util.Locale.ROOT, "%.0f RSA-2048 private-key operations/s on one thread: %.1f enrolments/s per core",
                ops, enrolments));
        return 0;
    }
}
