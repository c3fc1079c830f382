package dev.mockndes.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeWordTest {

    @Test
    void listsTheWordsOfTheScenarioFormatInOrder() {
        assertThat(OutcomeWord.words()).containsExactly("success", "pending", "http-status", "scep-failure", "connection-error",
                "timeout", "invalid-response", "device-refused", "tls-failure");
    }

    @Test
    void findsAnOutcomeByItsExactWord() {
        assertThat(OutcomeWord.fromWord("http-status")).contains(OutcomeWord.HTTP_STATUS);
        assertThat(OutcomeWord.fromWord("HTTP-STATUS")).isEmpty();
        assertThat(OutcomeWord.fromWord("ok")).isEmpty();
    }
}
