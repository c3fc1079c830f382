package dev.mockndes.ndes.log;

import java.time.Instant;
import java.util.List;

/** IIS 10's default W3C site-log fields, one request per line. */
public final class IisW3cFormat {
    public static final String SOFTWARE = "Microsoft Internet Information Services 10.0";
    public static final String FIELDS = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
            + "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken";

    private IisW3cFormat() {
    }

    /** The directives IIS writes when it starts a file; {@code started} is the {@code #Date:}. */
    public static List<String> header(Instant started) {
        return W3cFields.header(SOFTWARE, started, FIELDS);
    }

    /** The request in {@link #FIELDS} order, without a line terminator. */
    public static String line(IisRequest r) {
        return String.join(" ",
                W3cFields.dateTime(r.time()),
                W3cFields.text(r.serverIp()),
                W3cFields.text(r.method()),
                W3cFields.text(r.uriStem()),
                W3cFields.text(r.uriQuery()),
                Integer.toString(r.serverPort()),
                W3cFields.text(r.username()),
                W3cFields.text(r.clientIp()),
                W3cFields.text(r.userAgent()),
                W3cFields.text(r.referer()),
                Integer.toString(r.status()),
                Integer.toString(r.substatus()),
                Long.toString(r.win32Status()),
                Long.toString(r.timeTakenMillis()));
    }
}
