package dev.mockndes.web;

import dev.mockndes.web.RawQuery;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawQueryTest {

    @Test
    void keepsPlusSignsWhereFormDecodersWouldMakeSpaces() {
        assertThat(RawQuery.parse("operation=PKIOperation&message=MIAG+ab/c=").get("message")).contains("MIAG+ab/c=");
    }

    @Test
    void decodesPercentEscapesIncludingEncodedPlusAndNewline() {
        assertThat(RawQuery.parse("message=a%2Bb%2Fc%3D%0Ad").get("message")).contains("a+b/c=\nd");
        assertThat(RawQuery.parse("message=SCEP%20Authority").get("message")).contains("SCEP Authority");
    }

    @Test
    void keepsMalformedEscapesLiterally() {
        assertThat(RawQuery.parse("message=%zz%4").get("message")).contains("%zz%4");
    }

    @Test
    void matchesNamesCaseInsensitivelyAndTheFirstOccurrenceWins() {
        RawQuery query = RawQuery.parse("OPERATION=GetCACaps&operation=GetCACert&flag");
        assertThat(query.get("operation")).contains("GetCACaps");
        assertThat(query.get("flag")).contains("");
        assertThat(query.get("missing")).isEmpty();
    }
}
