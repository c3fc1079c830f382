package dev.mockndes.ndes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.ndes.auth.AuthDecision.Authenticated;
import dev.mockndes.ndes.auth.AuthDecision.Challenge;
import dev.mockndes.ndes.auth.AuthDecision.Refused;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NTLM handshake as httpclient5's NTLM engine performs it, one connection at a time, without sockets. */
class HttpClientHandshakeTest {
    private final HttpAuthenticator authenticator = new HttpAuthenticator(
            WindowsAuthSettings.of(Map.of("ndesadmin", "Pa55w.rd", "alice", "wonderland")));
    private final AuthConnection connection = new AuthConnection();

    @Test
    void anAnonymousRequestIsOfferedNegotiateThenNtlm() {
        assertThat(authenticator.authenticate(null, connection))
                .isEqualTo(new Challenge(List.of("Negotiate", "NTLM"), false));
    }

    @Test
    void authenticatesTheConfiguredUserWithTheRightPassword() throws Exception {
        assertThat(handshake(new NtlmClient("ndesadmin", "Pa55w.rd", "MOCKNDES")))
                .isEqualTo(new Authenticated("MOCKNDES\\ndesadmin"));
    }

    @Test
    void httpclientAnswersWithAnNtlmV2Response() throws Exception {
        NtlmClient client = new NtlmClient("ndesadmin", "Pa55w.rd", "MOCKNDES");
        Challenge challenge = (Challenge) authenticator.authenticate(client.answer(List.of("NTLM")), connection);
        String type3 = client.answer(challenge.wwwAuthenticate());

        AuthenticateMessage message = AuthenticateMessage.parse(Base64.getDecoder().decode(type3.substring(5)), 0);

        assertThat(challenge.handshake()).isTrue();
        assertThat(message.ntResponse()).hasSizeGreaterThan(24);
        assertThat(message.user()).isEqualTo("ndesadmin");
        assertThat(message.domain()).isEqualTo("MOCKNDES");
    }

    @Test
    void userNamesMatchWhateverTheirCaseAndAnyDomainIsAccepted() throws Exception {
        assertThat(handshake(new NtlmClient("NDESADMIN", "Pa55w.rd", "CONTOSO")))
                .isEqualTo(new Authenticated("MOCKNDES\\ndesadmin"));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        assertThat(handshake(new NtlmClient("ndesadmin", "wrong", "MOCKNDES")))
                .isEqualTo(new Refused(List.of("Negotiate", "NTLM"), "wrong password for ndesadmin"));
    }

    @Test
    void refusesAnUnknownUser() throws Exception {
        assertThat(handshake(new NtlmClient("mallory", "Pa55w.rd", "MOCKNDES")))
                .isEqualTo(new Refused(List.of("Negotiate", "NTLM"), "unknown user mallory"));
    }

    @Test
    void refusesAnotherDomainWhenOnlyItsOwnIsAccepted() throws Exception {
        HttpAuthenticator strict = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("alice", "wonderland")).onlyOwnDomain());
        NtlmClient client = new NtlmClient("alice", "wonderland", "CONTOSO");
        Challenge challenge = (Challenge) strict.authenticate(client.answer(List.of("NTLM")), connection);

        assertThat(strict.authenticate(client.answer(challenge.wwwAuthenticate()), connection)).isInstanceOf(Refused.class);
    }

    @Test
    void keepsTheConnectionLoggedOnForLaterRequestsWithoutCredentials() throws Exception {
        handshake(new NtlmClient("alice", "wonderland", "MOCKNDES"));

        assertThat(authenticator.authenticate(null, connection)).isEqualTo(new Authenticated("MOCKNDES\\alice"));
        assertThat(authenticator.authenticate(null, new AuthConnection())).isInstanceOf(Challenge.class);
    }

    @Test
    void answersNegotiateWrappedNtlmUnderNegotiate() throws Exception {
        NtlmClient client = new NtlmClient("alice", "wonderland", "MOCKNDES");
        String type1 = client.answer(List.of("NTLM")).replaceFirst("^NTLM ", "Negotiate ");
        Challenge challenge = (Challenge) authenticator.authenticate(type1, connection);
        String type2 = challenge.wwwAuthenticate().get(0);

        assertThat(type2).startsWith("Negotiate TlRMTVNTUAACAAAA");
        String type3 = client.answer(List.of(type2.replaceFirst("^Negotiate ", "NTLM ")));
        assertThat(authenticator.authenticate(type3.replaceFirst("^NTLM ", "Negotiate "), connection))
                .isEqualTo(new Authenticated("MOCKNDES\\alice"));
    }

    @Test
    void refusesAnAuthenticateOnAConnectionThatWasNeverChallenged() throws Exception {
        NtlmClient client = new NtlmClient("alice", "wonderland", "MOCKNDES");
        Challenge challenge = (Challenge) authenticator.authenticate(client.answer(List.of("NTLM")), connection);
        String type3 = client.answer(challenge.wwwAuthenticate());

        assertThat(authenticator.authenticate(type3, new AuthConnection())).isInstanceOf(Refused.class);
        assertThat(authenticator.authenticate(type3, connection)).isInstanceOf(Authenticated.class);
        assertThat(authenticator.authenticate(type3, connection)).as("a replay").isInstanceOf(Refused.class);
    }

    private AuthDecision handshake(NtlmClient client) throws Exception {
        AuthDecision anonymous = authenticator.authenticate(null, connection);
        AuthDecision challenge = authenticator.authenticate(client.answer(((Challenge) anonymous).wwwAuthenticate()), connection);
        return authenticator.authenticate(client.answer(((Challenge) challenge).wwwAuthenticate()), connection);
    }
}
