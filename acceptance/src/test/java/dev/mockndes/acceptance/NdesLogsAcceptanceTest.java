package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.ndes.auth.AdminUser;
import dev.mockndes.config.NdesSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a troubleshooter reads: the IIS log lines of the seed article come out of the matching
 * requests, mscep_admin shows IIS's 401/301/200 sequence, HTTP.sys refusals land in HTTPERR, and a
 * refused challenge raises NDES's event 29. All also readable through the admin API.
 */
class NdesLogsAcceptanceTest {
    private static final String WINDOWS_AGENT = "Mozilla/4.0 (compatible; Win32; NDES client)";
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge("s3cret")
            .configure(config -> config.withNdes(NdesSettings.defaults().withAdminUsers(List.of(new AdminUser("ndesadmin", "Pa55w.rd", true)))))
            .build();

    @Test
    void theSeedArticlesWindowsRequestsProduceItsIisLogLines() throws Exception {
        get("/certsrv/mscep/mscep.dll/pkiclient.exe?operation=GetCACaps&message=default", WINDOWS_AGENT);
        get("/certsrv/mscep/mscep.dll/pkiclient.exe?operation=GetCACert&message=default", WINDOWS_AGENT);
        ndes.server().logs().awaitWritten();

        String port = Integer.toString(ndes.server().port());
        assertThat(afterTime(lineContaining("operation=GetCACaps&message=default")))
                .startsWith("127.0.0.1 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=default " + port
                        + " - 127.0.0.1 Mozilla/4.0+(compatible;+Win32;+NDES+client) - 200 0 0 ");
        assertThat(afterTime(lineContaining("operation=GetCACert&message=default")))
                .startsWith("127.0.0.1 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACert&message=default " + port
                        + " - 127.0.0.1 Mozilla/4.0+(compatible;+Win32;+NDES+client) - 200 0 0 ");
    }

    @Test
    void theLogFileHasIisHeadersAndIsNamedAfterTheUtcDate() throws Exception {
        get("/certsrv/mscep/mscep.dll?operation=GetCACaps", null);
        ndes.server().logs().awaitWritten();
        Path file = ndes.server().logDir().resolve("W3SVC1")
                .resolve("u_ex" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyMMdd")) + ".log");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("#Software: Microsoft Internet Information Services 10.0");
        assertThat(lines.get(1)).isEqualTo("#Version: 1.0");
        assertThat(lines.get(2)).startsWith("#Date: ");
        assertThat(lines.get(3)).isEqualTo("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                + "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken");
        assertThat(lines).anyMatch(line -> line.contains("GET /certsrv/mscep/mscep.dll operation=GetCACaps"));
    }

    @Test
    void theAdminPageLogsIissAuthenticationSequence() throws Exception {
        String page = MscepAdminPageTest.ntlmGet("ndesadmin", "Pa55w.rd",
                "http://127.0.0.1:" + ndes.server().port() + "/certsrv/mscep_admin");
        assertThat(page).contains("The enrollment challenge password is: <B> s3cret </B>");
        ndes.server().logs().awaitWritten();

        List<String> admin = ndes.iisLog().stream().filter(l -> l.contains("/certsrv/mscep_admin")).toList();
        assertThat(admin).extracting(NdesLogsAcceptanceTest::statusTriple)
                .containsSubsequence("401 2 5", "401 1 2148074254", "301 0 0", "200 0 0");
        assertThat(admin.get(admin.size() - 1)).contains(" MOCKNDES\\ndesadmin ");
    }

    @Test
    void aRequestLineOverTheLimitIsLoggedInHttperrNotInTheIisLog() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            assertThat(raw.send("GET /certsrv/mscep/mscep.dll?message=" + "x".repeat(300 * 1024) + " HTTP/1.1\r\n\r\n")
                    .read().status()).isEqualTo(414);
        }
        ndes.server().logs().awaitWritten();
        assertThat(ndes.httpErrLog()).anyMatch(line -> line.contains(" 414 - URL_Length"));
        assertThat(adminApi("/logs/httperr?lines=5")).contains("URL_Length");
        assertThat(Files.readString(ndes.server().logDir().resolve("HTTPERR").resolve("httperr1.log")))
                .startsWith("#Software: Microsoft HTTP API 2.0").contains("URL_Length");
    }

    @Test
    void aWrongChallengeRaisesEvent29() throws Exception {
        DeviceIdentity device = DeviceIdentity.create("wrong-for-event", Optional.of("nope"), 1024);
        JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256()).enrol(device.identity(), device.keys().getPrivate(),
                device.csr());
        ndes.server().logs().awaitWritten();

        String events = adminApi("/events");
        assertThat(events).contains("\"eventId\":29").contains("The password in the certificate request cannot be verified.");
        assertThat(Files.readString(ndes.server().logDir().resolve("events.jsonl"))).contains("\"eventId\":29");
    }

    private static String statusTriple(String line) {
        String[] fields = line.split(" ");
        return fields[fields.length - 4] + " " + fields[fields.length - 3] + " " + fields[fields.length - 2];
    }

    private static String lineContaining(String text) {
        return ndes.iisLog().stream().filter(l -> l.contains(text)).reduce((a, b) -> b).orElseThrow();
    }

    /** The line without its date and time fields. */
    private static String afterTime(String line) {
        return line.split(" ", 3)[2];
    }

    private static void get(String target, String userAgent) throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            raw.send("GET " + target + " HTTP/1.1\r\nHost: ndes\r\n" + (userAgent == null ? "" : "User-Agent: " + userAgent + "\r\n")
                    + "\r\n").read();
        }
    }

    private static String adminApi(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
