package dev.mockndes.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void readsANumberWithAUnit() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Durations.parse("0s")).isZero();
    }

    @Test
    void readsFractionsExactly() {
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("0.25h")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("2.5ms")).isEqualTo(Duration.ofNanos(2_500_000));
    }

    @Test
    void ignoresCaseAndSpacesAroundTheUnit() {
        assertThat(Durations.parse(" 10 S ")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("2H")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void readsIso8601() {
        assertThat(Durations.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("pt1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Durations.parse("P2D")).isEqualTo(Duration.ofDays(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "30", "5 minutes", "s", "1.s", "", "1w"})
    void refusesTextThatIsNoDurationAndSaysWhatIs(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a duration (e.g. 500ms, 30s, 5m, 1h, 2d or PT30S)");
    }

    @Test
    void refusesNegativeDurations() {
        assertThatThrownBy(() -> Durations.parse("-5s")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Durations.parse("-PT5S")).hasMessageStartingWith("'-PT5S' is negative");
    }
}
