package dev.mockndes.ndes.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three logs through their facade, down to the bytes in the files. */
class NdesLogsTest {
    private static final Instant DAY_ONE = Instant.parse("2017-08-08T20:22:16Z");
    private static final Instant LAST_SECOND = Instant.parse("2017-08-08T23:59:59Z");
    private static final Instant DAY_TWO = Instant.parse("2017-08-09T00:00:01Z");

    @TempDir
    Path dir;

    @Test
    void writesIisRequestsToTheirDaysFileUnderW3svc1WithOneCrlfHeader() throws Exception {
        try (NdesLogs logs = NdesLogs.open(dir, Clock.fixed(DAY_ONE, ZoneOffset.UTC))) {
            logs.iis().write(request(DAY_ONE, "operation=GetCACaps"));
            logs.iis().write(request(DAY_ONE.plusSeconds(1), "operation=GetCACert"));
            logs.awaitWritten();
        }

        Path file = dir.resolve("W3SVC1/u_ex170808.log");
        assertThat(Files.readString(file)).isEqualTo(crlf(IisW3cFormat.header(DAY_ONE),
                IisW3cFormat.line(request(DAY_ONE, "operation=GetCACaps")),
                IisW3cFormat.line(request(DAY_ONE.plusSeconds(1), "operation=GetCACert"))));
    }

    @Test
    void startsANewFileWithAFreshHeaderWhenTheUtcDateChanges() throws Exception {
        MutableClock clock = new MutableClock(LAST_SECOND);
        try (NdesLogs logs = NdesLogs.open(dir, clock)) {
            logs.iis().write(request(LAST_SECOND, "before"));
            clock.set(DAY_TWO);
            logs.iis().write(request(DAY_TWO, "after"));
            logs.awaitWritten();
        }

        assertThat(Files.readString(LogLayout.iisFile(dir, LocalDate.of(2017, 8, 8))))
                .isEqualTo(crlf(IisW3cFormat.header(LAST_SECOND), IisW3cFormat.line(request(LAST_SECOND, "before"))));
        assertThat(Files.readString(dir.resolve("W3SVC1/u_ex170809.log")))
                .isEqualTo(crlf(IisW3cFormat.header(DAY_TWO), IisW3cFormat.line(request(DAY_TWO, "after"))));
    }

    @Test
    void appendsToExistingFilesAcrossReopenWithoutRepeatingHeaders() throws Exception {
        for (String query : List.of("first", "second")) {
            try (NdesLogs logs = NdesLogs.open(dir, Clock.fixed(DAY_ONE, ZoneOffset.UTC))) {
                logs.iis().write(request(DAY_ONE, query));
                logs.httpErr().write(refusal(query));
                logs.events().write(event(query));
            }
        }

        assertThat(Files.readAllLines(dir.resolve("W3SVC1/u_ex170808.log"))).hasSize(6)
                .filteredOn(l -> l.startsWith("#Software:")).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("HTTPERR/httperr1.log"))).hasSize(6)
                .filteredOn(l -> l.startsWith("#Software:")).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("events.jsonl")))
                .containsExactly(EventJsonFormat.line(event("first")), EventJsonFormat.line(event("second")));
    }

    @Test
    void writesHttpSysRefusalsToHttperr1WithItsOwnHeader() throws Exception {
        try (NdesLogs logs = NdesLogs.open(dir, Clock.fixed(DAY_ONE, ZoneOffset.UTC))) {
            logs.httpErr().write(refusal("x"));
        }

        assertThat(Files.readString(dir.resolve("HTTPERR/httperr1.log")))
                .isEqualTo(crlf(HttpErrFormat.header(DAY_ONE), HttpErrFormat.line(refusal("x"))));
    }

    @Test
    void writesEventsAsOneJsonObjectPerLine() throws Exception {
        try (NdesLogs logs = NdesLogs.open(dir, Clock.systemUTC())) {
            logs.events().write(event("one"));
            logs.events().write(event("two\nlines"));
            logs.awaitWritten();
        }

        List<String> lines = Files.readAllLines(dir.resolve("events.jsonl"));
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            messages.add(node.get("message").asText());
        }
        assertThat(messages).containsExactly("one", "two\nlines");
    }

    @Test
    void keepsTheLastLinesOfEachLogInMemory() throws Exception {
        try (NdesLogs small = NdesLogs.open(dir.resolve("small"), Clock.systemUTC(), 2);
             NdesLogs standard = NdesLogs.open(dir.resolve("standard"), Clock.systemUTC())) {
            IntStream.range(0, 3).forEach(i -> small.iis().write(request(DAY_ONE, "n=" + i)));
            IntStream.range(0, 1001).forEach(i -> standard.httpErr().write(refusal("n=" + i)));

            assertThat(small.iis().recentLines()).containsExactly(
                    IisW3cFormat.line(request(DAY_ONE, "n=1")), IisW3cFormat.line(request(DAY_ONE, "n=2")));
            assertThat(small.httpErr().recentLines()).isEmpty();
            assertThat(standard.httpErr().recentLines()).hasSize(1000)
                    .startsWith(HttpErrFormat.line(refusal("n=1"))).endsWith(HttpErrFormat.line(refusal("n=1000")));
        }
    }

    private static IisRequest request(Instant time, String query) {
        return new IisRequest(time, "10.5.14.1", "GET", "/certsrv/mscep/mscep.dll/pkiclient.exe", query, 80, null,
                "10.5.14.22", "Mozilla/4.0 (compatible; Win32; NDES client)", null, 200, 0, 0, 15);
    }

    private static HttpErrEntry refusal(String query) {
        return new HttpErrEntry(DAY_ONE, "10.5.14.22", 50123, "10.5.14.1", 80, "HTTP/1.1", "GET",
                "/certsrv/mscep/mscep.dll?" + query, 400, null, HttpErrReason.FIELD_LENGTH, null);
    }

    private static WindowsEvent event(String message) {
        return new WindowsEvent(DAY_ONE, WindowsEvent.APPLICATION, "mock-ndes", 1, EventLevel.INFORMATION, message);
    }

    private static String crlf(List<String> header, String... lines) {
        StringBuilder text = new StringBuilder();
        header.forEach(h -> text.append(h).append("\r\n"));
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.toString();
    }
}
