package dev.mockndes.harness.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The harness's options read durations in the one grammar the server's options read. */
class DurationConverterTest {
    private final ProbeCommand.DurationConverter converter = new ProbeCommand.DurationConverter();

    @Test
    void readsTheSharedGrammar() {
        assertThat(converter.convert("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(converter.convert("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(converter.convert("PT30S")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesOtherTextWithAMessagePicocliShowsAsItIs() {
        assertThatThrownBy(() -> converter.convert("soon")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'soon' is not a duration (e.g. 500ms, 30s, 5m, 1h, 2d or PT30S)");
    }
}
