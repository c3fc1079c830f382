package dev.mockndes.ndes.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code Basic base64(user:password)}, checked against the same accounts as NTLM. The user may be
 * written DOMAIN&#92;user or {@code user@domain}. The credentials are decoded as UTF-8.
 */
final class BasicCredentials {
    private final WindowsAuthSettings settings;

    BasicCredentials(WindowsAuthSettings settings) {
        this.settings = settings;
    }

    /** @throws MalformedNtlm when the token is not base64 */
    Logon verify(String token) {
        String text = new String(NtlmBytes.base64(token), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Logon.failed("Basic credentials without a colon");
        }
        AccountName name = AccountName.parse(text.substring(0, colon));
        if (!settings.acceptsDomain(name.domain())) {
            return Logon.failed("domain " + name.domain() + " is not accepted");
        }
        Optional<String> account = settings.account(name.user());
        if (account.isEmpty()) {
            return Logon.failed("unknown user " + name.user());
        }
        byte[] given = text.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        byte[] expected = settings.password(account.get()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected) ? Logon.as(settings.qualified(account.get()))
                : Logon.failed("wrong password for " + account.get());
    }
}
