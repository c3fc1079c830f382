package dev.mockndes.harness.matrix;

import dev.mockndes.harness.cli.HarnessErrors;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.harness.probe.ProbeCommand;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scep-harness matrix URL --admin ADMIN}: switches a running mock-ndes to each scenario in turn
 * and enrols once with each device profile, printing the scenario × device table of outcomes (the
 * one docs/client-harness.md shows). The scenario in force before is restored at the end.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Runs every scenario of a running mock-ndes against every device profile and prints the table of outcomes.",
                "Switches scenarios through the admin API; restores the one in force at the end."},
        footer = {"", "Examples:",
                "  scep-harness matrix http://127.0.0.1:8080/certsrv/mscep/mscep.dll --admin http://127.0.0.1:8081",
                "  scep-harness matrix http://127.0.0.1:8080/certsrv/mscep/mscep.dll --admin http://127.0.0.1:8081 "
                        + "--scenario healthy,url-too-long --device ios,android"})
public final class MatrixCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The mock's SCEP URL (scep= in its ready line).")
    URI url;

    @Option(names = "--admin", defaultValue = "${env:MOCK_NDES_ADMIN:-http://127.0.0.1:8081}", paramLabel = "URL",
            description = "The mock's admin API (admin= in its ready line). Env MOCK_NDES_ADMIN. Default: ${DEFAULT-VALUE}.")
    String admin;

    @Option(names = "--token", defaultValue = "${env:MOCK_NDES_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "The admin API's bearer token, when the mock runs with --admin-token. Env MOCK_NDES_ADMIN_TOKEN.")
    String token;

    @Option(names = "--scenario", split = ",", paramLabel = "NAME", description = "Only these scenarios. Default: the mock's whole library.")
    List<String> scenarios;

    @Option(names = "--device", split = ",", paramLabel = "PROFILE",
            description = "Only these device profiles: ${COMPLETION-CANDIDATES}. Default: all.", completionCandidates = ProbeCommand.ProfileNames.class)
    List<String> devices;

    @Option(names = "--challenge", description = "The challenge password the mock expects, if any.")
    String challenge;

    @Option(names = "--ca-sha256", description = "The trust anchor's SHA-256 thumbprint the devices must find.")
    String caSha256;

    @Option(names = "--timeout", defaultValue = "10s", description = "Wait per answer. Default: ${DEFAULT-VALUE}.",
            converter = ProbeCommand.DurationConverter.class)
    Duration timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        HarnessErrors.checkScepUrl(url);
        List<String> profiles = devices == null ? Devices.profiles() : devices;
        for (String profile : profiles) {
            if (!Devices.profiles().contains(profile)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown --device '" + profile + "' (known: "
                        + String.join(", ", Devices.profiles()) + ")");
            }
        }
        ScenarioSwitch mock = new ScenarioSwitch(admin, Optional.ofNullable(token));
        String before = mock.current();
        List<String> names = scenarios == null ? mock.library() : scenarios;
        DeviceTarget target = new DeviceTarget(url, Optional.ofNullable(challenge), Optional.ofNullable(caSha256), timeout);
        MatrixTable table = new MatrixTable(profiles);
        PrintWriter err = spec.commandLine().getErr();
        try {
            for (String scenario : names) {
                for (String profile : profiles) {
                    mock.use(scenario); // afresh per device: each meets the scenario's counters and phases from the start
                    table.put(scenario, profile, Devices.run(profile, target).outcome().wire());
                }
                err.println("matrix: " + scenario + " done");
                err.flush();
            }
        } finally {
            mock.use(before);
        }
        spec.commandLine().getOut().print(table.markdown());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
