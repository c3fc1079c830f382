package dev.mockndes.harness.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

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
