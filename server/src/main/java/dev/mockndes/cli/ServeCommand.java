package dev.mockndes.cli;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mock-ndes serve}: runs the server until interrupted. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Runs a mock NDES with an ephemeral CA, or one kept in --data-dir. Once it accepts connections it prints one line:",
                "ready: scep=URL ca-sha1=… ca-sha256=… ca-md5=… admin=URL logs=DIR"},
        footer = {"", "Examples:",
                "  mock-ndes serve",
                "  mock-ndes serve --port 0 --challenge s3cret",
                "  mock-ndes serve --challenge-mode otp --admin-user alice:Passw0rd",
                "  mock-ndes serve --data-dir /var/lib/mock-ndes",
                "  mock-ndes serve --import-ca-cert ca.pem --import-ca-key ca-key.pem",
                "  MOCK_NDES_BIND=0.0.0.0 mock-ndes serve --caps-profile ndes"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ServeOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = options.toConfig();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (MockNdes ndes = MockNdes.start(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long stopping = System.nanoTime();
                ndes.close();
                System.err.println("mock-ndes: stopped in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping) + " ms");
                stopped.countDown();
            }, "mock-ndes-shutdown"));
            spec.commandLine().getOut().println(readyLine(ndes, config));
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return 0;
    }

    static String readyLine(MockNdes ndes, ServerConfig config) {
        var ca = ndes.caThumbprints();
        return "ready: scep=" + ndes.scepUrl() + " ca-sha1=" + ca.sha1() + " ca-sha256=" + ca.sha256() + " ca-md5=" + ca.md5()
                + " admin=" + ndes.adminUrl() + " logs=" + config.logDir().toAbsolutePath();
    }
}
