package dev.mockndes.harness.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.common.OutcomeWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeTest {

    /** One outcome per word; the switch does not compile when a word has no case. */
    private static Outcome of(OutcomeWord word) {
        return switch (word) {
            case SUCCESS -> new Outcome.Success("");
            case PENDING -> new Outcome.Pending("");
            case HTTP_STATUS -> new Outcome.HttpStatus(503, "");
            case SCEP_FAILURE -> new Outcome.ScepFailure("badRequest", "");
            case CONNECTION_ERROR -> new Outcome.ConnectionError("");
            case TIMEOUT -> new Outcome.Timeout("");
            case INVALID_RESPONSE -> new Outcome.InvalidResponse("");
            case DEVICE_REFUSED -> new Outcome.DeviceRefused("");
            case TLS_FAILURE -> new Outcome.TlsFailure("");
        };
    }

    @ParameterizedTest
    @EnumSource(OutcomeWord.class)
    void everyOutcomeWordHasItsOutcomeWhoseWireFormStartsWithTheWord(OutcomeWord word) {
        Outcome outcome = of(word);
        assertThat(outcome.word()).isEqualTo(word);
        assertThat(outcome.wire().split(" ")[0]).isEqualTo(word.word());
        assertThat(outcome.matches(Outcome.wire(word.word(), outcome instanceof Outcome.HttpStatus ? 503 : null,
                outcome instanceof Outcome.ScepFailure ? "badRequest" : null))).isTrue();
    }

    @Test
    void thereIsOneOutcomeRecordPerWord() {
        assertThat(Outcome.class.getPermittedSubclasses()).hasSameSizeAs(OutcomeWord.values());
    }

    @Test
    void rendersInTheScenarioFilesVocabulary() {
        assertThat(new Outcome.HttpStatus(503, "x").wire()).isEqualTo("http-status 503");
        assertThat(new Outcome.ScepFailure("badRequest", "x")).hasToString("scep-failure badRequest");
        assertThat(new Outcome.ConnectionError("reset").wire()).isEqualTo("connection-error");
        assertThat(Outcome.wire("http-status", 404, null)).isEqualTo("http-status 404");
        assertThat(Outcome.wire("scep-failure", null, "badAlg")).isEqualTo("scep-failure badAlg");
    }

    @Test
    void matchesAnExpectationWhateverTheSpacingAndCaseOfTheWord() {
        assertThat(new Outcome.HttpStatus(503, "").matches(" HTTP-Status   503 ")).isTrue();
        assertThat(new Outcome.HttpStatus(503, "").matches("http-status 500")).isFalse();
        assertThat(new Outcome.ScepFailure("badRequest", "").matches("scep-failure badrequest")).as("failInfo names are exact").isFalse();
        assertThat(new Outcome.Success("").matches("success")).isTrue();
    }
}
