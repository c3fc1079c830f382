package dev.mockndes.ndes.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * IIS site-log lines, checked against the examples in the seed article (Microsoft's
 * "troubleshoot SCEP device to NDES", Dutch edition).
 */
class IisW3cFormatTest {
    private static final String NDES_HOST = "fe80::f53d:89b8:c3e8:5fec%13";
    private static final String WINDOWS_NDES_CLIENT = "Mozilla/4.0 (compatible; Win32; NDES client)";
    private static final Instant TIME = Instant.parse("2024-05-01T10:00:00Z");

    // The seed's two example lines have one column more than IIS's default field set: they end in
    // "... 200 0 0 186 0" and "... 200 0 0 3567 0". Expected below: the seed text byte for byte,
    // up to and including the time-taken column.

    @Test
    void formatsTheSeedArticlesGetCaCapsLine() {
        String line = IisW3cFormat.line(windowsClient("operation=GetCACaps&message=default", 186));

        assertThat(line).startsWith("2024-05-01 10:00:00 ");
        assertThat(afterDateTime(line)).isEqualTo("fe80::f53d:89b8:c3e8:5fec%13 GET /certsrv/mscep/mscep.dll/pkiclient.exe "
                + "operation=GetCACaps&message=default 80 - fe80::f53d:89b8:c3e8:5fec%13 "
                + "Mozilla/4.0+(compatible;+Win32;+NDES+client) - 200 0 0 186");
    }

    @Test
    void formatsTheSeedArticlesGetCaCertLine() {
        String line = IisW3cFormat.line(windowsClient("operation=GetCACert&message=default", 3567));

        assertThat(afterDateTime(line)).isEqualTo("fe80::f53d:89b8:c3e8:5fec%13 GET /certsrv/mscep/mscep.dll/pkiclient.exe "
                + "operation=GetCACert&message=default 80 - fe80::f53d:89b8:c3e8:5fec%13 "
                + "Mozilla/4.0+(compatible;+Win32;+NDES+client) - 200 0 0 3567");
    }

    @Test
    void formatsTheSeedArticlesMissingImpersonationLineIncludingItsUtcDateAndTime() {
        IisRequest iosDevice = new IisRequest(Instant.parse("2017-08-08T20:22:16Z"), "IP_address", "GET",
                "/certsrv/mscep/mscep.dll", "operation=GetCACert&message=SCEP%20Authority", 443, null, "10.5.14.22",
                "profiled/1.0 CFNetwork/811.5.4 Darwin/16.6.0", null, 500, 0, 1346, 31);

        assertThat(IisW3cFormat.line(iosDevice)).isEqualTo("2017-08-08 20:22:16 IP_address GET /certsrv/mscep/mscep.dll "
                + "operation=GetCACert&message=SCEP%20Authority 443 - 10.5.14.22 "
                + "profiled/1.0+CFNetwork/811.5.4+Darwin/16.6.0 - 500 0 1346 31");
    }

    @Test
    void replacesSpacesWithPlusInEveryTextField() {
        IisRequest spaced = new IisRequest(TIME, "10.0.0.1", "GET", "/cert srv/x", "a=b c", 80, "DOMAIN\\some user",
                "10.0.0.2", "an agent", "http://host/a b", 200, 0, 0, 1);

        assertThat(afterDateTime(IisW3cFormat.line(spaced)))
                .isEqualTo("10.0.0.1 GET /cert+srv/x a=b+c 80 DOMAIN\\some+user 10.0.0.2 an+agent http://host/a+b 200 0 0 1");
    }

    @Test
    void logsNullAndEmptyFieldsAsDash() {
        IisRequest nulls = new IisRequest(TIME, "10.0.0.1", "GET", "/", null, 80, null, "10.0.0.2", null, null, 404, 0, 2, 0);
        IisRequest empties = new IisRequest(TIME, "10.0.0.1", "GET", "/", "", 80, "", "10.0.0.2", "", "", 404, 0, 2, 0);

        assertThat(afterDateTime(IisW3cFormat.line(nulls))).isEqualTo("10.0.0.1 GET / - 80 - 10.0.0.2 - - 404 0 2 0");
        assertThat(IisW3cFormat.line(empties)).isEqualTo(IisW3cFormat.line(nulls));
    }

    @Test
    void keepsALineOnOneLineWhateverTheClientSends() {
        IisRequest injected = new IisRequest(TIME, "10.0.0.1", "GET", "/", null, 80, null, "10.0.0.2",
                "agent\r\n2024-05-01 10:00:00 forged\tline", null, 200, 0, 0, 0);

        String line = IisW3cFormat.line(injected);

        assertThat(line).doesNotContain("\r", "\n", "\t");
        assertThat(line.split(" ")).hasSameSizeAs(IisW3cFormat.FIELDS.split(" "));
    }

    @Test
    void writesTheHeaderIisWritesWhenItStartsAFile() {
        assertThat(IisW3cFormat.header(Instant.parse("2017-08-08T00:00:04Z"))).containsExactly(
                "#Software: Microsoft Internet Information Services 10.0",
                "#Version: 1.0",
                "#Date: 2017-08-08 00:00:04",
                "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                        + "cs(Referer) sc-status sc-substatus sc-win32-status time-taken");
    }

    private static IisRequest windowsClient(String query, long timeTaken) {
        return new IisRequest(TIME, NDES_HOST, "GET", "/certsrv/mscep/mscep.dll/pkiclient.exe", query, 80, null,
                NDES_HOST, WINDOWS_NDES_CLIENT, null, 200, 0, 0, timeTaken);
    }

    private static String afterDateTime(String line) {
        return line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1);
    }
}
