package dev.mockndes.ndes.auth;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** NTLM messages built by hand, for what httpclient never sends. */
final class NtlmTestMessages {

    private NtlmTestMessages() {
    }

    /** A 32-byte NEGOTIATE with these flags and empty domain and workstation fields. */
    static byte[] type1(int flags) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).put(NtlmBytes.SIGNATURE).putInt(1).putInt(flags)
                .putLong(0).putLong(0).array();
    }

    static String header(String scheme, byte[] message) {
        return scheme + " " + Base64.getEncoder().encodeToString(message);
    }

    /** The CHALLENGE carried by a {@code Challenge} decision's single WWW-Authenticate value. */
    static ChallengeMessage challengeIn(AuthDecision decision) {
        String value = ((AuthDecision.Challenge) decision).wwwAuthenticate().get(0);
        return ChallengeMessage.parse(Base64.getDecoder().decode(value.substring(value.indexOf(' ') + 1)));
    }
}
