package dev.mockndes.ndes.log;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The NDESPlugin.log line layout. The troubleshooting articles quote only the message texts; the
 * layout is our choice (UNCONFIRMED): the Configuration Manager trace format the legacy connector's
 * components inherit, which CMTrace and OneTrace open as columns, times in UTC:
 * <pre>
 * &lt;![LOG[Verify challenge returns true]LOG]!&gt;&lt;time="14:03:07.123+000" date="12-02-2026" component="NDESPlugin" context="" type="1" thread="41" file=""&gt;
 * </pre>
 * {@code type} is 1 information, 2 warning, 3 error. Line breaks inside the text become spaces.
 */
public final class CmTraceFormat {
    public static final String COMPONENT = "NDESPlugin";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-uuuu", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CmTraceFormat() {
    }

    public static String line(TraceEntry entry) {
        return "<![LOG[" + oneLine(entry.text()) + "]LOG]!><time=\"" + TIME.format(entry.time()) + "+000\" date=\""
                + DATE.format(entry.time()) + "\" component=\"" + COMPONENT + "\" context=\"\" type=\"" + type(entry.level())
                + "\" thread=\"" + entry.threadId() + "\" file=\"\">";
    }

    private static int type(EventLevel level) {
        return switch (level) {
            case INFORMATION -> 1;
            case WARNING -> 2;
            case ERROR -> 3;
        };
    }

    static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
