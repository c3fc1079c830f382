package dev.mockndes.acceptance;

import dev.mockndes.support.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * micromdm's {@code scepserver} (Debian {@code scep}) with its own CA in a depot folder, on a port
 * that was free a moment ago (it takes no port 0 and listens on every interface), stopped on close.
 * Ready once it logs that it listens.
 */
final class MicromdmScepServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private MicromdmScepServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A new CA ({@code keyBits} RSA, organisation {@code organisation}) in {@code dir}/depot, and the server on it. */
    static MicromdmScepServer start(Path dir, int keyBits, String organisation) throws IOException, InterruptedException {
        String scepserver = Processes.require("scepserver", "scep");
        Path depot = dir.resolve("depot");
        var init = Processes.run(dir, 120, List.of(scepserver, "ca", "-init", "-depot", depot.toString(), "-keySize",
                Integer.toString(keyBits), "-organization", organisation));
        if (init.exitCode() != 0) {
            throw new AssertionError("scepserver ca -init failed: " + init.output());
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process process = new ProcessBuilder(scepserver, "-depot", depot.toString(), "-port", Integer.toString(port))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("msg=listening")) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // it stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                awaitAccepting(port, process);
                return new MicromdmScepServer(process, port);
            }
        }
        throw new AssertionError("scepserver stopped before it listened: " + seen);
    }

    /** scepserver logs "listening" just before it binds: wait until a connection is accepted (30 s at most). */
    private static void awaitAccepting(int port, Process process) throws IOException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (java.net.ConnectException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroy();
                    throw new AssertionError("scepserver logged that it listens on " + port + " but accepts no connection");
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    String scepUrl() {
        return "http://127.0.0.1:" + port + "/scep";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
