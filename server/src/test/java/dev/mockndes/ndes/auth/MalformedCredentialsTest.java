package dev.mockndes.ndes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.ndes.auth.AuthDecision.Challenge;
import dev.mockndes.ndes.auth.AuthDecision.Refused;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a client sends, a malformed Authorization header is a refusal, never an exception. */
class MalformedCredentialsTest {
    private final HttpAuthenticator authenticator = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("alice", "wonderland")).withBasic(true));

    @ParameterizedTest
    @ValueSource(strings = {"NTLM", "NTLM !!!not base64!!!", "NTLM TlRMTVNTUAA=", "NTLM TlRMTVNTUAABAAAA", "NTLM AAAAAAAAAAAAAAAA",
        "NTLM TlRMTVNTUAAEAAAAAAAAAA==", "Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg==",
        "Basic", "Basic %%%", "Basic bm8gY29sb24=", "NTLM  TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAA= trailing"})
    void refusesGarbage(String authorization) {
        assertThat(authenticator.authenticate(authorization, new AuthConnection())).isInstanceOf(Refused.class);
    }

    @Test
    void answersAnUnknownSchemeWithTheAnonymousChallenge() {
        HttpAuthenticator windowsOnly = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("alice", "wonderland")));
        assertThat(windowsOnly.authenticate("Digest username=\"alice\"", new AuthConnection()))
                .isEqualTo(new Challenge(List.of("Negotiate", "NTLM"), false));
    }

    @Test
    void refusesAnAuthenticateWhoseFieldsPointOutsideTheMessage() {
        ByteBuffer type3 = ByteBuffer.allocate(88).order(ByteOrder.LITTLE_ENDIAN).put(NtlmBytes.SIGNATURE).putInt(3);
        for (int field = 0; field < 6; field++) {
            type3.putShort((short) 0xFFFF).putShort((short) 0xFFFF).putInt(0x7FFFFFF0 + field);
        }
        AuthConnection connection = challenged();

        assertThat(authenticator.authenticate(ntlm(type3.array()), connection)).isInstanceOf(Refused.class);
    }

    @Test
    void refusesEveryTruncationOfARealAuthenticate() throws Exception {
        for (int length = 0; length < realType3().length; length++) {
            byte[] truncated = java.util.Arrays.copyOf(realType3(), length);

            assertThat(authenticator.authenticate(ntlm(truncated), challenged())).as("%d bytes", length).isInstanceOf(Refused.class);
        }
    }

    @Test
    void survivesRandomCorruptionOfNegotiateAndAuthenticateMessages() throws Exception {
        Random random = new Random(20240611);
        byte[] type3 = realType3();
        for (int round = 0; round < 5_000; round++) {
            byte[] type1 = corrupt(NtlmTestMessages.type1(NtlmFlags.UNICODE | NtlmFlags.NTLM), random);
            byte[] corrupted = corrupt(type3, random);
            AuthConnection connection = new AuthConnection();

            assertThat(authenticator.authenticate(ntlm(type1), connection)).isNotNull();
            assertThat(authenticator.authenticate(ntlm(corrupted), challenged())).isNotNull();
        }
    }

    /** Flips a few bytes, mostly in the header where the lengths and offsets are. */
    private static byte[] corrupt(byte[] message, Random random) {
        byte[] copy = message.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int at = 8 + random.nextInt(random.nextBoolean() ? Math.min(64, copy.length - 8) : copy.length - 8);
            copy[at] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private AuthConnection challenged() {
        AuthConnection connection = new AuthConnection();
        assertThat(authenticator.authenticate(ntlm(NtlmTestMessages.type1(NtlmFlags.UNICODE | NtlmFlags.NTLM)), connection))
                .isInstanceOf(Challenge.class);
        return connection;
    }

    private byte[] realType3() throws Exception {
        NtlmClient client = new NtlmClient("alice", "wonderland", "MOCKNDES");
        Challenge challenge = (Challenge) authenticator.authenticate(client.answer(List.of("NTLM")), new AuthConnection());
        return Base64.getDecoder().decode(client.answer(challenge.wwwAuthenticate()).substring(5).getBytes(StandardCharsets.US_ASCII));
    }

    private static String ntlm(byte[] message) {
        return "NTLM " + Base64.getEncoder().encodeToString(message);
    }
}
