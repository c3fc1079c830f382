package dev.mockndes.harness.probe;

import dev.mockndes.common.Durations;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scep-harness probe URL}: the troubleshooting walk against any NDES, with a diagnosis. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Walks the device-to-NDES troubleshooting steps against an NDES (mock or real) and names the documented cause.",
                "Exit code 0 when healthy, 1 otherwise."},
        footer = {"", "Examples:", "  scep-harness probe https://ndes.contoso.com/certsrv/mscep/mscep.dll",
                "  scep-harness probe http://127.0.0.1:8080/certsrv/mscep/mscep.dll --challenge s3cret --json"})
public final class ProbeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The SCEP URL as the SCEP profile has it.")
    URI url;

    @Option(names = "--challenge", description = "A challenge password: with it the probe also enrols once.")
    String challenge;

    @Option(names = "--ca-sha256", description = "The trust anchor's SHA-256 thumbprint the enrolling device must find.")
    String caSha256;

    @Option(names = "--device", defaultValue = "rfc8894", description = "Profile for the enrolment: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ProfileNames.class)
    String device;

    @Option(names = "--timeout", defaultValue = "10s", description = "Wait per answer, e.g. 10s or 500ms. Default: ${DEFAULT-VALUE}.",
            converter = DurationConverter.class)
    Duration timeout;

    @Option(names = "--admin-user", description = "An account for mscep_admin (DOMAIN\\user): with --admin-password the probe also logs on "
            + "to the admin page with NTLM, as an MDM server fetching challenges does.")
    String adminUser;

    @Option(names = "--admin-password", description = "The password of --admin-user.")
    String adminPassword;

    @Option(names = "--tls-trust", paramLabel = "FILE", description = "For an https:// URL: trust only the CA certificates in "
            + "FILE (PEM or DER), as a device whose MDM installed them. Default: the system's trust store.")
    java.nio.file.Path tlsTrust;

    @Option(names = "--json", description = "Print the report as one JSON object.")
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
        if ((adminUser == null) != (adminPassword == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--admin-user and --admin-password go together: give both to "
                    + "log on to mscep_admin, or neither");
        }
        Optional<AdminLogon> logon = Optional.ofNullable(adminUser).map(user -> new AdminLogon(user, adminPassword));
        dev.mockndes.harness.device.TlsTrust trust;
        try {
            trust = tlsTrust == null ? dev.mockndes.harness.device.TlsTrust.system() : dev.mockndes.harness.device.TlsTrust.fromFile(tlsTrust);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tls-trust " + e.getMessage());
        }
        ProbeReport report = new Probe(new DeviceTarget(url, Optional.ofNullable(challenge), Optional.ofNullable(caSha256), timeout,
                trust), device, logon).run();
        spec.commandLine().getOut().print(json ? report.json() + System.lineSeparator() : report.text());
        spec.commandLine().getOut().flush();
        return report.healthy() ? 0 : 1;
    }

    /** The device profile names, for picocli's help. */
    public static final class ProfileNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Devices.profiles().iterator();
        }
    }

    /** Durations in the one grammar of {@link Durations}: {@code 500ms}, {@code 1.5s}, {@code 2m}, {@code PT30S}. */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        /** @throws CommandLine.TypeConversionException so that picocli shows the message alone */
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
