package dev.mockndes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mockndes.MockNdes;
import dev.mockndes.common.BuildInfo;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.ndes.log.LogLayout;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code serve --ready-file PATH}: a JSON document, for scripts in any language, that exists exactly
 * while the server accepts connections on both listeners. It is written to a temporary file beside
 * PATH and moved into place in one atomic step, so a reader never sees it half written; a clean
 * stop deletes it. Fields: scepUrl, adminUrl, caThumbprints {sha1, sha256, md5}, logs {dir, iis,
 * httpErr, events}, scenario, pid, version, commit.
 */
final class ReadyFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path path;

    private ReadyFile(Path path) {
        this.path = path;
    }

    /**
     * Refuses a path whose folder cannot take the file, before anything starts.
     *
     * @throws IllegalArgumentException naming the path, the reason and what to do
     */
    static void checkWritable(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("--ready-file " + path + ": is a folder; give a file name in it, e.g. "
                    + path.resolve("mock-ndes.json"));
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--ready-file " + path + ": " + (Files.exists(folder) ? "Not a directory: " + folder
                    : "No such folder: " + folder) + "; create the folder first or choose another path");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("--ready-file " + path + ": Permission denied in " + folder
                    + "; choose a folder you can write to");
        }
    }

    /** Writes the document for a server that accepts connections now. */
    static ReadyFile write(Path path, MockNdes ndes, ServerConfig config) throws IOException {
        Path target = path.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(document(ndes, config)));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new ReadyFile(target);
    }

    static Map<String, Object> document(MockNdes ndes, ServerConfig config) {
        var ca = ndes.caThumbprints();
        Path logs = config.logDir().toAbsolutePath();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scepUrl", ndes.scepUrl());
        document.put("adminUrl", ndes.adminUrl());
        document.put("caThumbprints", Map.of("sha1", ca.sha1(), "sha256", ca.sha256(), "md5", ca.md5()));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("dir", logs.toString());
        files.put("iis", LogLayout.iisFile(logs, LocalDate.now(Clock.systemUTC())).toString());
        files.put("httpErr", LogLayout.httpErrFile(logs).toString());
        files.put("events", LogLayout.eventsFile(logs).toString());
        files.put("ndesPlugin", LogLayout.ndesPluginFile(logs).toString());
        files.put("certificateRegistrationPoint", LogLayout.certificateRegistrationPointFile(logs).toString());
        document.put("logs", files);
        document.put("scenario", ndes.admin().scenario().name());
        document.put("pid", ProcessHandle.current().pid());
        document.put("version", BuildInfo.current().version());
        document.put("commit", BuildInfo.current().commit());
        return document;
    }

    /** Deletes the file; a file already gone is fine. Failures are reported, never thrown (this runs while stopping). */
    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            System.err.println("mock-ndes: cannot delete the ready file " + path + ": " + reason(e));
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
