package dev.mockndes.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.cli.MockNdesCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mock-ndes serve} in its own JVM, as a user runs it: the test reads the ready line, talks to
 * the printed URL and stops the process with SIGTERM. Nothing of the test JVM (providers, statics)
 * leaks into it.
 */
public final class ServerProcess implements AutoCloseable {
    public static final Pattern READY = Pattern.compile(
            "ready: scep=(https?://127\\.0\\.0\\.1:(\\d+)/certsrv/mscep/mscep\\.dll) ca-sha1=([0-9A-F]{40}) "
                    + "ca-sha256=([0-9A-F]{64}) ca-md5=([0-9A-F]{32}) admin=(http://127\\.0\\.0\\.1:\\d+) logs=(\\S+) "
                    + "version=(\\S+) commit=([0-9a-f]{12}|unknown)");

    private final Process process;
    private final Matcher ready;
    private final java.util.Deque<String> output;
    private final Thread drain;

    private ServerProcess(Process process, Matcher ready, java.util.Deque<String> output, Thread drain) {
        this.process = process;
        this.ready = ready;
        this.output = output;
        this.drain = drain;
    }

    /**
     * Starts {@code mock-ndes serve} on free ports with logs in a temporary folder, plus the given
     * arguments, and waits for the ready line.
     */
    public static ServerProcess serve(String... arguments) throws IOException {
        Process process = launch(arguments);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // Start-up notes (a repaired journal tail, say) may come before the ready line.
        StringBuilder before = new StringBuilder();
        Matcher ready = READY.matcher("");
        for (String line = out.readLine(); line != null && !ready.reset(line).matches(); line = out.readLine()) {
            before.append(line).append('\n');
        }
        if (!ready.matches()) {
            process.destroyForcibly();
            throw new AssertionError("mock-ndes did not print a ready line but: " + before);
        }
        java.util.Deque<String> lines = new java.util.concurrent.ConcurrentLinkedDeque<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                    if (lines.size() > 200) {
                        lines.poll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(process, ready, lines, drain);
    }

    /**
     * Starts {@code mock-ndes serve} as {@link #serve} does, without waiting for anything: the caller
     * reads (or drains) its output and stops it.
     */
    public static Process launch(String... arguments) throws IOException {
        Path logs = java.nio.file.Files.createTempDirectory("mock-ndes-process-logs");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MockNdesCommand.class.getName(), "serve", "--port", "0",
                "--admin-port", "0", "--log-dir", logs.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    public String scepUrl() {
        return ready.group(1);
    }

    public int port() {
        return Integer.parseInt(ready.group(2));
    }

    public String caSha1() {
        return ready.group(3);
    }

    public String caSha256() {
        return ready.group(4);
    }

    public String caMd5() {
        return ready.group(5);
    }

    public String adminUrl() {
        return ready.group(6);
    }

    public Path logDir() {
        return Path.of(ready.group(7));
    }

    /** The build's version, from the ready line. */
    public String version() {
        return ready.group(8);
    }

    /** The build's commit (12 hex digits, or {@code unknown}), from the ready line. */
    public String commit() {
        return ready.group(9);
    }

    /** Sends SIGKILL, as a crash would: no shutdown hook runs. Returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("mock-ndes dies on SIGKILL").isTrue();
    }

    /**
     * Sends SIGTERM, waits for the process to end by itself, and returns what it printed after the
     * ready line (the last 200 lines).
     */
    public java.util.List<String> terminate() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipe with the last lines in it
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("mock-ndes stops on SIGTERM").isTrue();
        drain.join(TimeUnit.SECONDS.toMillis(5));
        return java.util.List.copyOf(output);
    }

    /** Sends SIGTERM and asserts the server stops by itself. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("mock-ndes stops on SIGTERM").isTrue();
    }
}
