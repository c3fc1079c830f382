package dev.mockndes.ndes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.ndes.auth.AuthDecision.Authenticated;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CHALLENGE the server answers a NEGOTIATE with, and NTLMv1 logons answering it. */
class ChallengeMessageTest {
    /** httpclient's NEGOTIATE flags (Unicode, NTLM, always-sign, ESS, version, 128, 56) plus REQUEST_TARGET. */
    private static final int HTTPCLIENT_FLAGS = 0xa2088201 | NtlmFlags.REQUEST_TARGET;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-11T12:00:00Z"), ZoneOffset.UTC);
    private final HttpAuthenticator authenticator = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("alice", "wonderland")),
            new Random(7), CLOCK);

    @Test
    void grantsWhatTheClientAskedAndAlwaysNtlmAndTargetInfo() {
        ChallengeMessage challenge = challengeFor(HTTPCLIENT_FLAGS);

        assertThat(challenge.flags()).isEqualTo(HTTPCLIENT_FLAGS | NtlmFlags.TARGET_TYPE_DOMAIN | NtlmFlags.TARGET_INFO);
        assertThat(challenge.targetName()).isEqualTo("MOCKNDES");
    }

    @Test
    void carriesAnEightByteChallengeFromTheRandomSource() {
        byte[] expected = new byte[8];
        new Random(7).nextBytes(expected);

        assertThat(challengeFor(HTTPCLIENT_FLAGS).serverChallenge()).isEqualTo(expected);
    }

    @Test
    void listsTheServersNamesAndTheTimeInTargetInfo() {
        Map<Integer, byte[]> pairs = AvPairs.parse(challengeFor(HTTPCLIENT_FLAGS).targetInfo());
        long fileTime = (CLOCK.millis() + 11_644_473_600_000L) * 10_000;

        assertThat(pairs.keySet()).containsExactly(AvPairs.NB_DOMAIN_NAME, AvPairs.NB_COMPUTER_NAME, AvPairs.DNS_DOMAIN_NAME,
                AvPairs.DNS_COMPUTER_NAME, AvPairs.TIMESTAMP);
        assertThat(new String(pairs.get(AvPairs.NB_DOMAIN_NAME), StandardCharsets.UTF_16LE)).isEqualTo("MOCKNDES");
        assertThat(new String(pairs.get(AvPairs.DNS_COMPUTER_NAME), StandardCharsets.UTF_16LE)).isEqualTo("ndes.mockndes.test");
        assertThat(ByteBuffer.wrap(pairs.get(AvPairs.TIMESTAMP)).order(ByteOrder.LITTLE_ENDIAN).getLong()).isEqualTo(fileTime);
    }

    @Test
    void answersAClientWithoutUnicodeInOemAndGrantsNothingUnasked() {
        ChallengeMessage challenge = challengeFor(NtlmFlags.OEM | NtlmFlags.NTLM);

        assertThat(challenge.flags()).isEqualTo(NtlmFlags.OEM | NtlmFlags.NTLM | NtlmFlags.TARGET_TYPE_DOMAIN | NtlmFlags.TARGET_INFO);
        assertThat(challenge.targetName()).isEqualTo("MOCKNDES");
    }

    @Test
    void authenticatesAnNtlmV1LogonWithOemStrings() {
        AuthConnection connection = new AuthConnection();
        ChallengeMessage challenge = challengeFor(NtlmFlags.OEM | NtlmFlags.NTLM, connection);
        byte[] response = NtlmCrypto.desl(NtlmCrypto.ntowfv1("wonderland"), challenge.serverChallenge());
        var logon = new AuthenticateMessage(challenge.flags(), response, response, "MOCKNDES", "ALICE", "PC");

        assertThat(authenticator.authenticate(NtlmTestMessages.header("NTLM", logon.encode()), connection))
                .isEqualTo(new Authenticated("MOCKNDES\\alice"));
    }

    @Test
    void authenticatesAnNtlm2SessionResponse() {
        AuthConnection connection = new AuthConnection();
        ChallengeMessage challenge = challengeFor(NtlmFlags.UNICODE | NtlmFlags.NTLM | NtlmFlags.EXTENDED_SESSIONSECURITY, connection);
        byte[] clientChallenge = {1, 2, 3, 4, 5, 6, 7, 8};
        byte[] hashed = Arrays.copyOf(NtlmCrypto.md5(challenge.serverChallenge(), clientChallenge), 8);
        var logon = new AuthenticateMessage(challenge.flags(), NtlmTestVectorsTest.concat(clientChallenge, new byte[16]),
                NtlmCrypto.desl(NtlmCrypto.ntowfv1("wonderland"), hashed), "", "alice", "PC");

        assertThat(authenticator.authenticate(NtlmTestMessages.header("NTLM", logon.encode()), connection))
                .isEqualTo(new Authenticated("MOCKNDES\\alice"));
    }

    @Test
    void encodingAndParsingAnAuthenticateAreSymmetric() {
        var logon = new AuthenticateMessage(NtlmFlags.UNICODE, new byte[] {1, 2}, new byte[] {3}, "DOM", "üser", "PC");
        var parsed = AuthenticateMessage.parse(logon.encode(), 0);

        assertThat(parsed).usingRecursiveComparison().isEqualTo(logon);
    }

    private ChallengeMessage challengeFor(int flags) {
        return challengeFor(flags, new AuthConnection());
    }

    private ChallengeMessage challengeFor(int flags, AuthConnection connection) {
        return NtlmTestMessages.challengeIn(authenticator.authenticate(
                NtlmTestMessages.header("NTLM", NtlmTestMessages.type1(flags)), connection));
    }
}
