package dev.mockndes.ndes.log;

import java.time.Instant;
import java.util.List;

/** The HTTP.sys error log (httperrN.log) line layout. */
public final class HttpErrFormat {
    public static final String SOFTWARE = "Microsoft HTTP API 2.0";
    public static final String FIELDS = "date time c-ip c-port s-ip s-port cs-version cs-method cs-uri "
            + "sc-status s-siteid s-reason s-queuename";
    /** HTTP.sys logs at most this many characters of the URL (KB820729). */
    public static final int MAX_URI_CHARS = 4096;

    private HttpErrFormat() {
    }

    /** The directives written when the file is started; {@code started} is the {@code #Date:}. */
    public static List<String> header(Instant started) {
        return W3cFields.header(SOFTWARE, started, FIELDS);
    }

    /** The entry in {@link #FIELDS} order, without a line terminator. */
    public static String line(HttpErrEntry e) {
        return String.join(" ",
                W3cFields.dateTime(e.time()),
                W3cFields.text(e.clientIp()),
                Integer.toString(e.clientPort()),
                W3cFields.text(e.serverIp()),
                Integer.toString(e.serverPort()),
                W3cFields.text(e.protocolVersion()),
                W3cFields.text(e.method()),
                W3cFields.text(truncated(e.uri())),
                Integer.toString(e.status()),
                e.siteId() == null ? W3cFields.EMPTY : e.siteId().toString(),
                e.reason().wire(),
                W3cFields.text(e.queueName()));
    }

    private static String truncated(String uri) {
        return uri == null || uri.length() <= MAX_URI_CHARS ? uri : uri.substring(0, MAX_URI_CHARS);
    }
}
