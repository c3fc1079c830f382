package dev.mockndes.ndes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published test vectors of [MS-NLMP] section 4.2: user "User", domain "Domain", password
 * "Password", server challenge 0123456789abcdef, client challenge aa×8, time 0, and a CHALLENGE
 * whose target info names domain "Domain" and server "Server".
 */
class NtlmTestVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SERVER_CHALLENGE = HEX.parseHex("0123456789abcdef");
    private static final byte[] CLIENT_CHALLENGE = HEX.parseHex("aaaaaaaaaaaaaaaa");
    /** 4.2.4.1.3 temp: blob header, time 0, client challenge, then the CHALLENGE's AV pairs. */
    private static final byte[] NTLMV2_BLOB = HEX.parseHex("0101000000000000" + "0000000000000000" + "aaaaaaaaaaaaaaaa"
            + "00000000" + "02000c0044006f006d00610069006e00" + "01000c00530065007200760065007200" + "00000000" + "00000000");
    private static final byte[] NTLMV1_RESPONSE = HEX.parseHex("67c43011f30298a2ad35ece64f16331c44bdbed927841f94");
    private static final byte[] NTLMV1_ESS_RESPONSE = HEX.parseHex("7537f803ae367128ca458204bde7caf81e97ed2683267232");
    private static final byte[] NTPROOFSTR = HEX.parseHex("68cd0ab851e51c96aabc927bebef6a1c");
    private static final int UNICODE_NTLM = NtlmFlags.UNICODE | NtlmFlags.NTLM;

    @Test
    void ntowfV1IsTheMd4OfTheUnicodePassword() {
        assertThat(NtlmCrypto.ntowfv1("Password")).isEqualTo(HEX.parseHex("a4f49c406510bdcab6824ee7c30fd852"));
    }

    @Test
    void ntlmV1ResponseIsDeslOfTheServerChallenge() {
        assertThat(NtlmCrypto.desl(NtlmCrypto.ntowfv1("Password"), SERVER_CHALLENGE)).isEqualTo(NTLMV1_RESPONSE);
    }

    @Test
    void ntlmV1WithExtendedSessionSecurityHashesBothChallenges() {
        byte[] challenge = Arrays.copyOf(NtlmCrypto.md5(SERVER_CHALLENGE, CLIENT_CHALLENGE), 8);

        assertThat(NtlmCrypto.desl(NtlmCrypto.ntowfv1("Password"), challenge)).isEqualTo(NTLMV1_ESS_RESPONSE);
    }

    @Test
    void ntowfV2KeysWithTheUpperCasedUserAndTheDomain() {
        assertThat(NtlmCrypto.ntowfv2("Password", "User", "Domain")).isEqualTo(HEX.parseHex("0c868a403bfd7a93a3001ef22ef02e3f"));
    }

    @Test
    void lmV2AndNtProofStrMatchThePublishedValues() {
        byte[] key = NtlmCrypto.ntowfv2("Password", "User", "Domain");

        assertThat(NtlmCrypto.hmacMd5(key, SERVER_CHALLENGE, CLIENT_CHALLENGE)).isEqualTo(HEX.parseHex("86c35097ac9cec102554764a57cccc19"));
        assertThat(NtlmCrypto.hmacMd5(key, SERVER_CHALLENGE, NTLMV2_BLOB)).isEqualTo(NTPROOFSTR);
    }

    @Test
    void verifierAcceptsThePublishedNtlmV2Response() {
        var message = logon(UNICODE_NTLM, new byte[24], concat(NTPROOFSTR, NTLMV2_BLOB));

        assertThat(verifier("Password").verify(message, SERVER_CHALLENGE).user()).isEqualTo("MOCKNDES\\User");
        assertThat(verifier("password").verify(message, SERVER_CHALLENGE).ok()).isFalse();
    }

    @Test
    void verifierAcceptsThePublishedNtlmV1Responses() {
        var plain = logon(UNICODE_NTLM, NTLMV1_RESPONSE, NTLMV1_RESPONSE);
        var ess = logon(UNICODE_NTLM | NtlmFlags.EXTENDED_SESSIONSECURITY,
                concat(CLIENT_CHALLENGE, new byte[16]), NTLMV1_ESS_RESPONSE);

        assertThat(verifier("Password").verify(plain, SERVER_CHALLENGE).ok()).isTrue();
        assertThat(verifier("Password").verify(ess, SERVER_CHALLENGE).ok()).isTrue();
        assertThat(verifier("Passw0rd").verify(ess, SERVER_CHALLENGE).failure()).isEqualTo("wrong password for User");
    }

    @Test
    void anNtlmV2ResponseWithATamperedBlobIsRefused() {
        byte[] response = concat(NTPROOFSTR, NTLMV2_BLOB);
        response[response.length - 9] ^= 1;

        assertThat(verifier("Password").verify(logon(UNICODE_NTLM, new byte[24], response), SERVER_CHALLENGE).ok()).isFalse();
    }

    private static NtlmVerifier verifier(String password) {
        return new NtlmVerifier(WindowsAuthSettings.of(Map.of("User", password)));
    }

    private static AuthenticateMessage logon(int flags, byte[] lm, byte[] nt) {
        return new AuthenticateMessage(flags, lm, nt, "Domain", "User", "COMPUTER");
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
