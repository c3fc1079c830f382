package dev.mockndes.cli;

import dev.mockndes.MockNdes;
import dev.mockndes.common.BuildInfo;
import dev.mockndes.config.ServerConfig;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mock-ndes serve}: runs the server until interrupted. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Runs a mock NDES with an ephemeral CA, or one kept in --data-dir.",
                "Once it accepts connections it prints one line:",
                "ready: scep=URL ca-sha1=… ca-sha256=… ca-md5=… admin=URL logs=DIR version=V commit=C"},
        footer = {"", "Examples:",
                "  mock-ndes serve",
                "  mock-ndes serve --port 0 --challenge s3cret",
                "  mock-ndes serve --port 0 --admin-port 0 --ready-file /tmp/mock-ndes.json",
                "  mock-ndes serve --challenge-mode otp --admin-user alice:Passw0rd",
                "  mock-ndes serve --data-dir /var/lib/mock-ndes",
                "  mock-ndes serve --import-ca-cert ca.pem --import-ca-key ca-key.pem",
                "  MOCK_NDES_BIND=0.0.0.0 mock-ndes serve --caps-profile ndes"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ServeOptions options;

    @CommandLine.Option(names = "--ready-file", defaultValue = "${env:MOCK_NDES_READY_FILE}", paramLabel = "PATH",
            description = "Also write the ready line's facts as JSON to PATH (atomically, once both listeners accept "
                    + "connections) and delete it on a clean stop: scripts wait for the file. Env MOCK_NDES_READY_FILE.")
    java.nio.file.Path readyFile;

    @CommandLine.Option(names = "--verbose", description = "After the ready line, print on stderr how long each phase of the start "
            + "took (configuration, keys, logs, threads, listeners).")
    boolean verbose;

    /**
     * For recording the class-data-sharing archive of the launcher and the Docker image: a whole start, a
     * device's first requests and a health check sent to itself ({@link WarmUpRequests}), then a clean stop.
     */
    @CommandLine.Option(names = "--exit-when-ready", hidden = true)
    boolean exitWhenReady;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        dev.mockndes.StartupTimeline startup = new dev.mockndes.StartupTimeline();
        long configuring = System.nanoTime();
        // The keys take most of a start: begin them before the rest of the configuration (the scenario) is read.
        Optional<MockNdes.PkiHeadStart> headStart = options.ephemeralPki().map(pki -> MockNdes.PkiHeadStart.begin(pki, startup));
        ServerConfig config;
        try {
            config = options.toConfig();
            startup.record("command line and configuration", configuring);
            if (readyFile != null) {
                ReadyFile.checkWritable(readyFile);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        MockNdes started;
        try {
            started = MockNdes.start(config, startup, headStart);
        } catch (RuntimeException e) {
            throw CliErrors.serveFailure(e, options);
        }
        try (MockNdes ndes = started) {
            ReadyFile ready;
            try {
                ready = readyFile == null ? null : ReadyFile.write(readyFile, ndes, config);
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("mock-ndes: cannot write the ready file " + readyFile + ": "
                        + ReadyFile.reason(e) + "; stopping (choose a writable --ready-file)");
                return 1;
            }
            if (exitWhenReady) {
                spec.commandLine().getOut().println(readyLine(ndes, config));
                spec.commandLine().getOut().flush();
                printPhases(ndes);
                WarmUpRequests.send(ndes);
                if (ready != null) {
                    ready.delete();
                }
                return 0; // closed by the try: a clean stop
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (ready != null) {
                    ready.delete(); // first: a script must not find the file of a server that no longer answers
                }
                long stopping = System.nanoTime();
                ndes.close();
                System.err.println("mock-ndes: stopped in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping) + " ms");
                stopped.countDown();
            }, "mock-ndes-shutdown"));
            spec.commandLine().getOut().println(readyLine(ndes, config));
            spec.commandLine().getOut().flush();
            printPhases(ndes);
            stopped.await();
        }
        return 0;
    }

    private void printPhases(MockNdes ndes) {
        if (verbose) {
            spec.commandLine().getErr().println("mock-ndes: " + ndes.startup().report());
            spec.commandLine().getErr().flush();
        }
    }

    /**
     * The ready line. Its fields keep their order and new ones are only ever appended (version and
     * commit came last), so a parser written for an older line still finds what it reads.
     */
    static String readyLine(MockNdes ndes, ServerConfig config) {
        var ca = ndes.caThumbprints();
        return "ready: scep=" + ndes.scepUrl() + " ca-sha1=" + ca.sha1() + " ca-sha256=" + ca.sha256() + " ca-md5=" + ca.md5()
                + " admin=" + ndes.adminUrl() + " logs=" + config.logDir().toAbsolutePath()
                + " version=" + BuildInfo.current().version() + " commit=" + BuildInfo.current().commit();
    }
}
