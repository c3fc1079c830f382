package dev.mockndes.ndes.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The logs of one mock NDES server (IIS, HTTPERR, events, and the Intune connector's NDESPlugin.log and svclog) over one shared {@link LineSink}, under a log directory
 * laid out by {@link LogLayout}. Existing files are appended to, never truncated.
 */
public final class NdesLogs implements AutoCloseable {
    public static final int DEFAULT_RECENT_LINES = 1000;

    private final LineSink sink;
    private final TextLog<IisRequest> iis;
    private final TextLog<HttpErrEntry> httpErr;
    private final TextLog<WindowsEvent> events;
    private final TextLog<TraceEntry> ndesPlugin;
    private final TextLog<TraceEntry> certificateRegistrationPoint;

    NdesLogs(LineSink sink, Path dir, Clock clock, int recentLines) {
        LogFile httpErrFile = LogFile.windows(LogLayout.httpErrFile(dir), HttpErrFormat.header(clock.instant()));
        LogFile eventsFile = LogFile.jsonLines(LogLayout.eventsFile(dir));
        this.sink = sink;
        this.iis = new TextLog<>(sink, new IisDailyFiles(dir, clock), IisW3cFormat::line, recentLines);
        this.httpErr = new TextLog<>(sink, e -> httpErrFile, HttpErrFormat::line, recentLines);
        this.events = new TextLog<>(sink, e -> eventsFile, EventJsonFormat::line, recentLines);
        LogFile pluginFile = LogFile.windows(LogLayout.ndesPluginFile(dir), java.util.List.of());
        LogFile crpFile = LogFile.windows(LogLayout.certificateRegistrationPointFile(dir), java.util.List.of());
        this.ndesPlugin = new TextLog<>(sink, e -> pluginFile, CmTraceFormat::line, recentLines);
        this.certificateRegistrationPoint = new TextLog<>(sink, e -> crpFile, SvcLogFormat::line, recentLines);
    }

    /** Opens the logs under {@code dir} (created if missing), keeping {@value #DEFAULT_RECENT_LINES} recent lines each. */
    public static NdesLogs open(Path dir, Clock clock) throws IOException {
        return open(dir, clock, DEFAULT_RECENT_LINES);
    }

    /** {@code clock} dates the {@code #Date:} header of files the logs start. */
    public static NdesLogs open(Path dir, Clock clock, int recentLines) throws IOException {
        if (recentLines < 1) {
            throw new IllegalArgumentException("recentLines must be at least 1, was " + recentLines);
        }
        Files.createDirectories(dir);
        return new NdesLogs(new LineSink(LineSink.DEFAULT_CAPACITY, new FileAppender()), dir, clock, recentLines);
    }

    public TextLog<IisRequest> iis() {
        return iis;
    }

    public TextLog<HttpErrEntry> httpErr() {
        return httpErr;
    }

    public TextLog<WindowsEvent> events() {
        return events;
    }

    /** The Intune policy module's NDESPlugin.log. */
    public TextLog<TraceEntry> ndesPlugin() {
        return ndesPlugin;
    }

    /** The certificate registration point's CertificateRegistrationPoint.svclog. */
    public TextLog<TraceEntry> certificateRegistrationPoint() {
        return certificateRegistrationPoint;
    }

    /** Lines that never reached their file: queue full, logs closed, or a failed write. */
    public long droppedLines() {
        return sink.droppedLines();
    }

    /** Returns once every line written before this call is in its file. */
    public void awaitWritten() throws InterruptedException {
        sink.awaitWritten();
    }

    /** Writes everything queued, then stops the writer thread. */
    @Override
    public void close() {
        sink.close();
    }
}
