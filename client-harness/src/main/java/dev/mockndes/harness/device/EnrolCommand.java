package dev.mockndes.harness.device;

import dev.mockndes.harness.Json;
import dev.mockndes.harness.probe.ProbeCommand;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scep-harness enrol URL --device P}: one enrolment as that device, its log and outcome. */
@Command(name = "enrol", aliases = "enroll", mixinStandardHelpOptions = true,
        description = {"Enrols once as a device profile would, printing what the device logs and the outcome.",
                "Exit code 0 on success, 2 when pending, 1 otherwise."},
        footer = {"", "Examples:", "  scep-harness enrol http://127.0.0.1:8080/certsrv/mscep/mscep.dll --device ios --challenge s3cret",
                "  scep-harness enrol URL --device windows --ca-sha256 9E0B... --json",
                "  scep-harness enrol https://ndes.example.com/certsrv/mscep/mscep.dll --device ios --tls-trust ca.pem"})
public final class EnrolCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The SCEP URL as the SCEP profile has it.")
    URI url;

    @Option(names = "--device", required = true, description = "${COMPLETION-CANDIDATES}", completionCandidates = ProbeCommand.ProfileNames.class)
    String device;

    @Option(names = "--challenge", description = "Challenge password for the CSR.")
    String challenge;

    @Option(names = "--ca-sha256", description = "SHA-256 thumbprint (hex) of the trust anchor the device must find in GetCACert.")
    String caSha256;

    @Option(names = "--tls-trust", paramLabel = "FILE", description = "For an https:// URL: trust only the CA certificates in "
            + "FILE (PEM or DER; for mock-ndes: 'mock-ndes ca export > ca.pem'). Default: the system's trust store.")
    Path tlsTrust;

    @Option(names = "--timeout", defaultValue = "30s", description = "Wait per answer. Default: ${DEFAULT-VALUE}.",
            converter = ProbeCommand.DurationConverter.class)
    Duration timeout;

    @Option(names = "--json", description = "Print profile, outcome, detail and log as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Devices.profiles().contains(device)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --device '" + device + "' (known: "
                    + String.join(", ", Devices.profiles()) + ")");
        }
        dev.mockndes.harness.cli.HarnessErrors.checkScepUrl(url);
        TlsTrust trust;
        try {
            trust = tlsTrust == null ? TlsTrust.system() : TlsTrust.fromFile(tlsTrust);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tls-trust " + e.getMessage());
        }
        DeviceRun run = Devices.run(device, new DeviceTarget(url, Optional.ofNullable(challenge), Optional.ofNullable(caSha256), timeout, trust));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("profile", run.profile());
            out.put("outcome", run.outcome().wire());
            out.put("detail", run.outcome().detail());
            out.put("log", run.log());
            spec.commandLine().getOut().println(Json.write(out));
        } else {
            spec.commandLine().getOut().print(run.text());
        }
        spec.commandLine().getOut().flush();
        return run.outcome().isSuccess() ? 0 : run.outcome() instanceof Outcome.Pending ? 2 : 1;
    }
}
