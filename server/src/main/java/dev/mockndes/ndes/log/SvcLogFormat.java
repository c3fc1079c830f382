package dev.mockndes.ndes.log;

import java.time.format.DateTimeFormatter;

/**
 * The layout of the certificate registration point's {@code .svclog}: the records .NET's
 * XmlWriterTraceListener writes (the format the Service Trace Viewer opens), one
 * {@code E2ETraceEvent} element per line, the message in {@code ApplicationData}:
 * <pre>
 * &lt;E2ETraceEvent xmlns="http://schemas.microsoft.com/2004/06/E2ETraceEvent"&gt;&lt;System xmlns="…"&gt;&lt;EventID&gt;0&lt;/EventID&gt;
 * &lt;Type&gt;3&lt;/Type&gt;&lt;SubType Name="Information"&gt;0&lt;/SubType&gt;&lt;Level&gt;8&lt;/Level&gt;&lt;TimeCreated SystemTime="…Z" /&gt;
 * &lt;Source Name="CertificateRegistrationPoint" /&gt;…&lt;/System&gt;&lt;ApplicationData&gt;VerifyRequest Finished with status True&lt;/ApplicationData&gt;&lt;/E2ETraceEvent&gt;
 * </pre>
 * The message texts are the ones the troubleshooting articles quote; the source name and the
 * process fields are our choice (UNCONFIRMED).
 */
public final class SvcLogFormat {
    public static final String SOURCE = "CertificateRegistrationPoint";
    /** The worker process that hosts CertificateRegistrationSvc in IIS. */
    static final String PROCESS = "w3wp";
    static final String COMPUTER = "NDES";

    private SvcLogFormat() {
    }

    public static String line(TraceEntry entry) {
        return "<E2ETraceEvent xmlns=\"http://schemas.microsoft.com/2004/06/E2ETraceEvent\">"
                + "<System xmlns=\"http://schemas.microsoft.com/2004/06/windows/eventlog/system\">"
                + "<EventID>0</EventID><Type>3</Type><SubType Name=\"" + subType(entry.level()) + "\">0</SubType>"
                + "<Level>" + level(entry.level()) + "</Level>"
                + "<TimeCreated SystemTime=\"" + DateTimeFormatter.ISO_INSTANT.format(entry.time()) + "\" />"
                + "<Source Name=\"" + SOURCE + "\" /><Correlation ActivityID=\"{00000000-0000-0000-0000-000000000000}\" />"
                + "<Execution ProcessName=\"" + PROCESS + "\" ProcessID=\"0\" ThreadID=\"" + entry.threadId() + "\" />"
                + "<Channel /><Computer>" + COMPUTER + "</Computer></System>"
                + "<ApplicationData>" + escaped(CmTraceFormat.oneLine(entry.text())) + "</ApplicationData></E2ETraceEvent>";
    }

    /** System.Diagnostics.TraceEventType names. */
    private static String subType(EventLevel level) {
        return switch (level) {
            case INFORMATION -> "Information";
            case WARNING -> "Warning";
            case ERROR -> "Error";
        };
    }

    /** System.Diagnostics.SourceLevels bits as XmlWriterTraceListener writes them. */
    private static int level(EventLevel level) {
        return switch (level) {
            case INFORMATION -> 8;
            case WARNING -> 4;
            case ERROR -> 2;
        };
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
