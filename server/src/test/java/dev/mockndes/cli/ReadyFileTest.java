package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.support.ServerProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --ready-file}: there exactly while the server answers, whole when read, gone after a clean stop. */
class ReadyFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theFileNamesWhatTheReadyLineNamesAndBothListenersAnswerOnceItExists() throws Exception {
        Path file = folder.resolve("mock-ndes.json");
        try (ServerProcess server = ServerProcess.serve("--ready-file", file.toString())) {
            JsonNode ready = JSON.readTree(file.toFile());
            assertThat(ready.get("scepUrl").asText()).isEqualTo(server.scepUrl());
            assertThat(ready.get("adminUrl").asText()).isEqualTo(server.adminUrl());
            assertThat(ready.at("/caThumbprints/sha1").asText()).isEqualTo(server.caSha1());
            assertThat(ready.at("/caThumbprints/sha256").asText()).isEqualTo(server.caSha256());
            assertThat(ready.at("/caThumbprints/md5").asText()).isEqualTo(server.caMd5());
            assertThat(Path.of(ready.at("/logs/dir").asText())).isEqualTo(server.logDir());
            assertThat(ready.at("/logs/iis").asText()).contains("W3SVC1").endsWith(".log");
            assertThat(ready.at("/logs/events").asText()).endsWith("events.jsonl");
            assertThat(ready.at("/logs/ndesPlugin").asText()).endsWith("NDESPlugin.log");
            assertThat(ready.at("/logs/certificateRegistrationPoint").asText()).endsWith("CertificateRegistrationPoint.svclog");
            assertThat(ready.get("scenario").asText()).isEqualTo("healthy");
            assertThat(ready.get("pid").asLong()).isPositive();
            assertThat(ready.get("version").asText()).isEqualTo(server.version());
            assertThat(ready.get("commit").asText()).isEqualTo(server.commit());
            HttpResponse<String> caps = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(ready.get("scepUrl").asText() + "?operation=GetCACaps")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(caps.statusCode()).isEqualTo(200);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).as("no temporary file is left beside it").containsExactly(file);
            }
        }
        assertThat(file).as("a clean stop (SIGTERM) deletes it").doesNotExist();
    }

    @Test
    void theFileAppearsOnlyOnceBothListenersAcceptConnections() throws Exception {
        Path file = folder.resolve("ready.json");
        Process process = ServerProcess.launch("--ready-file", file.toString());
        Thread drain = new Thread(() -> {
            try {
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        try (WatchService watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            JsonNode ready = null;
            while (ready == null) {
                if (Files.exists(file)) {
                    ready = JSON.readTree(file.toFile()); // whole on the first read: it is moved into place atomically
                } else {
                    assertThat(process.isAlive()).as("the server is still starting").isTrue();
                    WatchKey key = watcher.poll(60, TimeUnit.SECONDS);
                    assertThat(key).as("something appeared in the folder within a minute").isNotNull();
                    key.pollEvents();
                    key.reset();
                }
            }
            assertThat(ready).as("the ready file appeared").isNotNull();
            for (String url : new String[] {ready.get("scepUrl").asText(), ready.get("adminUrl").asText()}) {
                URI uri = URI.create(url);
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                    assertThat(socket.isConnected()).as(url).isTrue();
                }
            }
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aFolderThatCannotTakeTheFileIsRefusedBeforeAnythingStarts() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        assertRefused(notAFolder.resolve("ready.json"), "Not a directory: " + notAFolder);
        assertRefused(folder.resolve("missing").resolve("ready.json"), "No such folder: " + folder.resolve("missing"));
        assertRefused(folder, "is a folder");
    }

    private static void assertRefused(Path readyFile, String reason) {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err)).execute("serve", "--port", "0", "--admin-port", "0",
                "--ready-file", readyFile.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("mock-ndes: --ready-file " + readyFile + ": ").contains(reason).hasLineCount(1)
                .doesNotContain("Exception");
    }
}
