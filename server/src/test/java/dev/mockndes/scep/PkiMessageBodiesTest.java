package dev.mockndes.scep;

import dev.mockndes.scep.PkiMessageBodies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.scep.ScepRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PkiMessageBodiesTest {
    /** Bytes whose base64 contains both '+' and '/'. */
    private static final byte[] DER = {0x30, 0x00, 0x00, (byte) 0xfb, (byte) 0xef, (byte) 0xbe, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    private static final String BASE64 = Base64.getEncoder().encodeToString(DER);

    @Test
    void sampleHasTheCharactersThatGetCorrupted() {
        assertThat(BASE64).contains("+").contains("/");
    }

    @Test
    void postBodiesAreRawDerUnlessTheyStartWithMI() throws Exception {
        assertThat(PkiMessageBodies.fromPostBody(DER)).isEqualTo(DER);
        byte[] der = {0x30, 0x03, 0x02, 0x01, 0x05};
        String base64 = Base64.getMimeEncoder().encodeToString(der);
        assertThat(base64).startsWith("MA");
        byte[] longer = new byte[60];
        longer[0] = 0x30;
        longer[1] = (byte) 0x81;
        String mi = Base64.getMimeEncoder().encodeToString(longer);
        assertThat(mi).startsWith("MI");
        assertThat(PkiMessageBodies.fromPostBody(mi.getBytes(StandardCharsets.US_ASCII))).isEqualTo(longer);
    }

    @Test
    void queryMessagesDecodeInEveryFormClientsSend() throws Exception {
        assertThat(PkiMessageBodies.fromQueryMessage(BASE64)).isEqualTo(DER);
        assertThat(PkiMessageBodies.fromQueryMessage(BASE64.substring(0, 4) + "\r\n" + BASE64.substring(4))).isEqualTo(DER);
        assertThat(PkiMessageBodies.fromQueryMessage(BASE64.replace('+', ' '))).isEqualTo(DER);
        assertThat(PkiMessageBodies.fromQueryMessage(Base64.getUrlEncoder().withoutPadding().encodeToString(DER))).isEqualTo(DER);
    }

    @Test
    void refusesMissingAndInvalidMessagesWithAReason() {
        assertThatThrownBy(() -> PkiMessageBodies.fromQueryMessage("")).isInstanceOf(ScepRequestException.class)
                .hasMessageContaining("'message'");
        assertThatThrownBy(() -> PkiMessageBodies.fromQueryMessage("***")).isInstanceOf(ScepRequestException.class)
                .hasMessageContaining("not valid base64");
    }
}
