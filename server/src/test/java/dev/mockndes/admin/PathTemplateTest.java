package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
    private final PathTemplate revoke = PathTemplate.of("/certificates/{serial}/revoke");

    @Test
    void aNamedSegmentMatchesExactlyOneNonEmptySegment() {
        assertThat(revoke.parameters("/certificates/0a1B/revoke")).hasValue(Map.of("serial", "0a1B"));
        assertThat(revoke.matches("/certificates//revoke")).isFalse();
        assertThat(revoke.matches("/certificates/0a/1b/revoke")).isFalse();
        assertThat(revoke.matches("/certificates/0a/revoke/")).isFalse();
        assertThat(revoke.matches("/certificates/0a/unrevoke")).isFalse();
        assertThat(revoke.matches("/certificates")).isFalse();
    }

    @Test
    void aDecodedParameterUndoesPercentEncodingButKeepsPlusAsPlus() {
        PathTemplate template = PathTemplate.of("/pending/{transactionId}/{decision}");
        assertThat(template.decodedParameter("/pending/ab%2Fc+d%3D/approve", "transactionId")).isEqualTo("ab/c+d=");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.decodedParameter("/pending/%zz/approve", "transactionId"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not validly percent-encoded");
    }
}
