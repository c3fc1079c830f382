package dev.mockndes.ndes.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Windows events as JSON Lines. */
class EventJsonFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDES = "Microsoft-Windows-NetworkDeviceEnrollmentService";
    private static final String SUBMIT_FAILED = "The Network Device Enrollment Service cannot submit the certificate "
            + "request (The requested certificate template is not supported by this CA.). 0x80004005";

    @Test
    void writesEveryFieldOfTheEventWithAnIsoUtcTime() throws Exception {
        WindowsEvent event = new WindowsEvent(Instant.parse("2017-08-08T20:22:16Z"), WindowsEvent.APPLICATION,
                NDES, 31, EventLevel.ERROR, SUBMIT_FAILED);

        JsonNode json = JSON.readTree(EventJsonFormat.line(event));

        assertThat(json.get("time").asText()).isEqualTo("2017-08-08T20:22:16Z");
        assertThat(json.get("logName").asText()).isEqualTo("Application");
        assertThat(json.get("source").asText()).isEqualTo(NDES);
        assertThat(json.get("eventId").asInt()).isEqualTo(31);
        assertThat(json.get("level").asText()).isEqualTo("Error");
        assertThat(json.get("message").asText()).isEqualTo(SUBMIT_FAILED);
        assertThat(json.size()).isEqualTo(6);
    }

    @Test
    void keepsAMultiLineMessageOnOneLine() throws Exception {
        String message = "Line one\r\nLine \"two\"\n\tindented";
        WindowsEvent event = new WindowsEvent(Instant.parse("2017-08-08T20:22:16.5Z"), WindowsEvent.APPLICATION,
                NDES, 29, EventLevel.WARNING, message);

        String line = EventJsonFormat.line(event);

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(JSON.readTree(line).get("message").asText()).isEqualTo(message);
        assertThat(JSON.readTree(line).get("time").asText()).isEqualTo("2017-08-08T20:22:16.500Z");
    }
}
