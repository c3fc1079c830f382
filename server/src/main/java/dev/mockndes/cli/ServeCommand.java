package dev.mockndes.cli;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.scep.Capability;
import dev.mockndes.scep.CapsProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mock-ndes serve}: runs the server until interrupted. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Runs a mock NDES with an ephemeral CA and prints one 'ready:' line with the SCEP URL and",
                "the CA thumbprints once it accepts connections. Every option has an environment-variable default."},
        footer = {"", "Examples:",
                "  mock-ndes serve",
                "  mock-ndes serve --port 0 --challenge s3cret",
                "  MOCK_NDES_BIND=0.0.0.0 mock-ndes serve --caps-profile ndes"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:MOCK_NDES_PORT:-8080}", paramLabel = "N",
            description = "TCP port (0 picks a free one; the bound port is always printed). Env MOCK_NDES_PORT. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "${env:MOCK_NDES_BIND:-127.0.0.1}", paramLabel = "ADDR",
            description = "Address to listen on. Env MOCK_NDES_BIND. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--challenge", defaultValue = "${env:MOCK_NDES_CHALLENGE}", paramLabel = "SECRET",
            description = "Static challenge password (NDES single-password mode). Without it any challenge is accepted. Env MOCK_NDES_CHALLENGE.")
    String challenge;

    @Option(names = "--caps-profile", defaultValue = "${env:MOCK_NDES_CAPS_PROFILE:-interop}", paramLabel = "PROFILE",
            description = "GetCACaps answer: interop (every algorithm supported, listed explicitly) or ndes (what real NDES is reported to send). Env MOCK_NDES_CAPS_PROFILE. Default: ${DEFAULT-VALUE}.")
    CapsProfile capsProfile;

    @Option(names = "--caps", split = ",", paramLabel = "KEYWORD",
            description = "Exact GetCACaps keywords, overriding --caps-profile (e.g. --caps SHA-256,AES to force PKIOperation by GET).")
    List<String> caps;

    @Option(names = "--validity-days", defaultValue = "${env:MOCK_NDES_VALIDITY_DAYS:-365}", paramLabel = "DAYS",
            description = "Lifetime of issued certificates. Env MOCK_NDES_VALIDITY_DAYS. Default: ${DEFAULT-VALUE}.")
    int validityDays;

    @Option(names = "--workers", defaultValue = "${env:MOCK_NDES_WORKERS:-0}", paramLabel = "N",
            description = "Threads doing PKIOperation crypto (0 = one per core). Env MOCK_NDES_WORKERS.")
    int workers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = config();
        CountDownLatch stopped = new CountDownLatch(1);
        try (MockNdes ndes = MockNdes.start(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ndes.close();
                stopped.countDown();
            }, "mock-ndes-shutdown"));
            spec.commandLine().getOut().println(readyLine(ndes.scepUrl(), ndes.caThumbprints()));
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return 0;
    }

    static String readyLine(String scepUrl, Thumbprints ca) {
        return "ready: scep=" + scepUrl + " ca-sha1=" + ca.sha1() + " ca-sha256=" + ca.sha256() + " ca-md5=" + ca.md5();
    }

    ServerConfig config() {
        if (validityDays < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--validity-days must be at least 1, not " + validityDays);
        }
        PkiSettings defaults = PkiSettings.defaults();
        PkiSettings pki = new PkiSettings(defaults.caSubject(), defaults.raSubject(), defaults.keyBits(), Duration.ofDays(validityDays));
        int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        try {
            return new ServerConfig(bind, port, Optional.ofNullable(challenge).filter(s -> !s.isEmpty()), capabilities(), pki, threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<Capability> capabilities() {
        if (caps == null) {
            return capsProfile.capabilities();
        }
        List<Capability> chosen = new ArrayList<>();
        for (String keyword : caps) {
            chosen.add(Capability.fromWire(keyword.trim()).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--caps: unknown capability '" + keyword + "' (known: " + known() + ")")));
        }
        return chosen;
    }

    private static String known() {
        return String.join(", ", java.util.Arrays.stream(Capability.values()).map(Capability::wire).toList());
    }
}
