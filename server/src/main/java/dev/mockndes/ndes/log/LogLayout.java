package dev.mockndes.ndes.log;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where each log lives under the log directory, mirroring the folder names on a real NDES server. */
public final class LogLayout {
    private static final DateTimeFormatter IIS_DAY = DateTimeFormatter.ofPattern("uuMMdd", Locale.ROOT);

    private LogLayout() {
    }

    /** {@code <dir>/W3SVC1/u_exYYMMDD.log}: IIS's daily file for site 1, named by its UTC date. */
    public static Path iisFile(Path dir, LocalDate utcDate) {
        return dir.resolve("W3SVC1").resolve("u_ex" + IIS_DAY.format(utcDate) + ".log");
    }

    /** {@code <dir>/HTTPERR/httperr1.log}; unlike HTTP.sys, never rolled over at 1 MB. */
    public static Path httpErrFile(Path dir) {
        return dir.resolve("HTTPERR").resolve("httperr1.log");
    }

    public static Path eventsFile(Path dir) {
        return dir.resolve("events.jsonl");
    }

    /**
     * {@code <dir>/NDESPolicyModule/NDESPlugin.log}: the Intune policy module's log, which a real
     * legacy connector keeps under {@code %ProgramFiles%\Microsoft Intune\NDESPolicyModule\Logs}.
     */
    public static Path ndesPluginFile(Path dir) {
        return dir.resolve("NDESPolicyModule").resolve("NDESPlugin.log");
    }

    /**
     * {@code <dir>/NDESConnectorSvc/CertificateRegistrationPoint.svclog}: the certificate registration
     * point's trace, kept by a real legacy connector under {@code %ProgramFiles%\Microsoft Intune\NDESConnectorSvc\Logs\Logs}.
     */
    public static Path certificateRegistrationPointFile(Path dir) {
        return dir.resolve("NDESConnectorSvc").resolve("CertificateRegistrationPoint.svclog");
    }
}
