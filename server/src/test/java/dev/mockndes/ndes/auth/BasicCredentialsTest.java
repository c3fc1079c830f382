package dev.mockndes.ndes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.ndes.auth.AuthDecision.Authenticated;
import dev.mockndes.ndes.auth.AuthDecision.Challenge;
import dev.mockndes.ndes.auth.AuthDecision.Refused;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Basic credentials, when enabled, against the same accounts as NTLM; by default Basic counts as anonymous. */
class BasicCredentialsTest {
    private final HttpAuthenticator authenticator = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("ndesadmin", "Pa55w.rd:x"))
            .withBasic(true));
    private final HttpAuthenticator strict = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("ndesadmin", "Pa55w.rd:x"))
            .withBasic(true).onlyOwnDomain());

    @Test
    void isTreatedAsAnonymousUnlessEnabled() {
        HttpAuthenticator windowsOnly = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("ndesadmin", "Pa55w.rd:x")));

        assertThat(windowsOnly.authenticate(basic("ndesadmin:Pa55w.rd:x"), new AuthConnection()))
                .isEqualTo(new Challenge(List.of("Negotiate", "NTLM"), false));
    }

    @Test
    void isOfferedAfterNtlmWhenEnabled() {
        assertThat(authenticator.authenticate(null, new AuthConnection()))
                .isEqualTo(new Challenge(List.of("Negotiate", "NTLM", "Basic realm=\"ndes\""), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ndesadmin", "NDESADMIN", "MOCKNDES\\ndesadmin", "ndesadmin@mockndes.test", "NDES\\ndesadmin"})
    void acceptsTheAccountWrittenAsIisAcceptsIt(String user) {
        assertThat(strict.authenticate(basic(user + ":Pa55w.rd:x"), new AuthConnection()))
                .isEqualTo(new Authenticated("MOCKNDES\\ndesadmin"));
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(authenticator.authenticate(basic("ndesadmin:Pa55w.rd"), new AuthConnection()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo("wrong password for ndesadmin"));
    }

    @Test
    void refusesAnUnknownUser() {
        assertThat(authenticator.authenticate(basic("mallory:Pa55w.rd:x"), new AuthConnection()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo("unknown user mallory"));
    }

    @Test
    void refusesAForeignDomainOnlyWhenOnlyItsOwnIsAccepted() {
        assertThat(authenticator.authenticate(basic("CONTOSO\\ndesadmin:Pa55w.rd:x"), new AuthConnection()))
                .isInstanceOf(Authenticated.class);
        assertThat(strict.authenticate(basic("CONTOSO\\ndesadmin:Pa55w.rd:x"), new AuthConnection()))
                .isInstanceOf(Refused.class);
    }

    @Test
    void doesNotLogTheConnectionOn() {
        AuthConnection connection = new AuthConnection();
        authenticator.authenticate(basic("ndesadmin:Pa55w.rd:x"), connection);

        assertThat(authenticator.authenticate(null, connection)).isInstanceOf(Challenge.class);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
