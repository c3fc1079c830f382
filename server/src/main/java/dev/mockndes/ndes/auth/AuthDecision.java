package dev.mockndes.ndes.auth;

import java.util.List;

/** What {@link HttpAuthenticator} decided about one request. */
public sealed interface AuthDecision {

    /** Serve the request as this user. */
    record Authenticated(String user) implements AuthDecision {
    }

    /**
     * Answer 401 with one {@code WWW-Authenticate} header per value, in order.
     *
     * @param handshake true for the NTLM CHALLENGE step of a handshake, false for an anonymous request
     */
    record Challenge(List<String> wwwAuthenticate, boolean handshake) implements AuthDecision {
        public Challenge {
            wwwAuthenticate = List.copyOf(wwwAuthenticate);
        }
    }

    /**
     * Credentials were presented and failed (wrong password, unknown user, malformed message):
     * answer 401 with these {@code WWW-Authenticate} values, so the client may try again.
     *
     * @param reason for logs and tests, never for the client
     */
    record Refused(List<String> wwwAuthenticate, String reason) implements AuthDecision {
        public Refused {
            wwwAuthenticate = List.copyOf(wwwAuthenticate);
        }
    }
}
