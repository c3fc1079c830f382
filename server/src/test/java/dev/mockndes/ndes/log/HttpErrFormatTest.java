package dev.mockndes.ndes.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** HTTP.sys error-log lines (KB820729 layout). */
class HttpErrFormatTest {
    private static final Instant TIME = Instant.parse("2011-01-19T20:14:03Z");

    @Test
    void formatsARefusalInHttpSysFieldOrderWithAnUnknownSiteAsDash() {
        HttpErrEntry entry = new HttpErrEntry(TIME, "127.0.0.1", 52157, "127.0.0.1", 80, "HTTP/1.1", "GET",
                "/favicon.ico", 400, null, HttpErrReason.HOSTNAME, null);

        assertThat(HttpErrFormat.line(entry))
                .isEqualTo("2011-01-19 20:14:03 127.0.0.1 52157 127.0.0.1 80 HTTP/1.1 GET /favicon.ico 400 - Hostname -");
    }

    @Test
    void logsTheSiteIdAndQueueNameWhenTheRequestReachedAnApplicationPool() {
        HttpErrEntry entry = new HttpErrEntry(TIME, "10.5.14.22", 50001, "10.5.14.1", 443, "HTTP/1.1", "GET",
                "/certsrv/mscep/mscep.dll?operation=GetCACaps", 503, 1, HttpErrReason.QUEUE_FULL, "SCEP");

        assertThat(HttpErrFormat.line(entry)).endsWith(" 503 1 QueueFull SCEP");
    }

    @Test
    void logsUnparsedFieldsAsDashAndSpacesAsPlus() {
        HttpErrEntry entry = new HttpErrEntry(TIME, "10.0.0.2", 1234, "10.0.0.1", 80, null, "", "/a b?c d", 400, null,
                HttpErrReason.BAD_REQUEST, "");

        assertThat(HttpErrFormat.line(entry))
                .isEqualTo("2011-01-19 20:14:03 10.0.0.2 1234 10.0.0.1 80 - - /a+b?c+d 400 - BadRequest -");
    }

    @Test
    void truncatesTheUrlAt4096Characters() {
        String longUrl = "/certsrv/mscep/mscep.dll/pkiclient.exe?operation=PKIOperation&message=" + "A".repeat(6000);
        HttpErrEntry entry = new HttpErrEntry(TIME, "10.0.0.2", 1234, "10.0.0.1", 80, "HTTP/1.1", "GET", longUrl, 414,
                null, HttpErrReason.URL_LENGTH, null);

        String[] fields = HttpErrFormat.line(entry).split(" ");

        assertThat(fields[8]).isEqualTo(longUrl.substring(0, 4096));
        assertThat(fields[11]).isEqualTo("URL_Length");
    }

    @Test
    void writesTheHeaderHttpSysWritesWhenItStartsAFile() {
        assertThat(HttpErrFormat.header(TIME)).containsExactly(
                "#Software: Microsoft HTTP API 2.0",
                "#Version: 1.0",
                "#Date: 2011-01-19 20:14:03",
                "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid s-reason "
                        + "s-queuename");
    }

    @Test
    void reasonsCarryTheirExactWireStrings() {
        assertThat(Arrays.stream(HttpErrReason.values()).map(HttpErrReason::wire)).contains("URL_Length",
                "FieldLength", "RequestLength", "BadRequest", "AppOffline", "QueueFull", "Disabled", "AppShutdown",
                "ConnLimit", "N/A");
        assertThat(HttpErrReason.fromWire("N/A")).contains(HttpErrReason.NOT_APPLICABLE);
        assertThat(HttpErrReason.fromWire("url_length")).isEmpty();
    }
}
