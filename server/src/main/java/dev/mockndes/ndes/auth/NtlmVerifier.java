package dev.mockndes.ndes.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an AUTHENTICATE against the configured accounts. An NT response longer than 24 bytes is
 * NTLMv2 (NTProofStr then blob); exactly 24 is NTLMv1, with extended session security when that
 * flag is set (the LM response then starts with the client challenge).
 */
final class NtlmVerifier {
    private final WindowsAuthSettings settings;

    NtlmVerifier(WindowsAuthSettings settings) {
        this.settings = settings;
    }

    Logon verify(AuthenticateMessage message, byte[] serverChallenge) {
        AccountName name = AccountName.parse(message.user());
        String domain = name.domain().isEmpty() ? message.domain() : name.domain();
        if (name.user().isEmpty()) {
            return Logon.failed("anonymous NTLM logon");
        }
        if (!settings.acceptsDomain(domain)) {
            return Logon.failed("domain " + domain + " is not accepted");
        }
        Optional<String> account = settings.account(name.user());
        if (account.isEmpty()) {
            return Logon.failed("unknown user " + name.user());
        }
        String password = settings.password(account.get());
        int length = message.ntResponse().length;
        boolean valid = length > 24 ? ntlmV2(password, message, serverChallenge)
                : length == 24 && ntlmV1(password, message, serverChallenge);
        return valid ? Logon.as(settings.qualified(account.get()))
                : Logon.failed("wrong password for " + account.get());
    }

    /**
     * NTProofStr = HMAC-MD5(NTOWFv2, server challenge + blob). The client keys NTOWFv2 with the
     * domain it typed, which it may send upper-cased (httpclient does), so both spellings are tried.
     */
    private static boolean ntlmV2(String password, AuthenticateMessage message, byte[] serverChallenge) {
        byte[] response = message.ntResponse();
        byte[] proof = Arrays.copyOf(response, 16);
        byte[] blob = Arrays.copyOfRange(response, 16, response.length);
        for (String domain : List.of(message.domain(), message.domain().toUpperCase(Locale.ROOT))) {
            byte[] key = NtlmCrypto.ntowfv2(password, message.user(), domain);
            if (MessageDigest.isEqual(NtlmCrypto.hmacMd5(key, serverChallenge, blob), proof)) {
                return true;
            }
        }
        return false;
    }

    /** DESL(NTOWFv1, challenge), the challenge being MD5(server + client challenge)[0..8] under ESS. */
    private static boolean ntlmV1(String password, AuthenticateMessage message, byte[] serverChallenge) {
        byte[] challenge = serverChallenge;
        if (NtlmFlags.has(message.flags(), NtlmFlags.EXTENDED_SESSIONSECURITY) && message.lmResponse().length >= 8) {
            challenge = Arrays.copyOf(NtlmCrypto.md5(serverChallenge, Arrays.copyOf(message.lmResponse(), 8)), 8);
        }
        return MessageDigest.isEqual(NtlmCrypto.desl(NtlmCrypto.ntowfv1(password), challenge), message.ntResponse());
    }
}
