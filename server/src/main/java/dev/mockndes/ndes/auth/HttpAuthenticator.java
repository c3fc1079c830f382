package dev.mockndes.ndes.auth;

import dev.mockndes.ndes.auth.AuthDecision.Authenticated;
import dev.mockndes.ndes.auth.AuthDecision.Challenge;
import dev.mockndes.ndes.auth.AuthDecision.Refused;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * IIS Windows authentication for one request at a time, transport-neutral. NTLM authenticates a
 * connection, so the caller keeps one {@link AuthConnection} per TCP connection and passes it in:
 * <pre>
 *   no Authorization          → Challenge [Negotiate, NTLM]  (Authenticated if NTLM logged the connection on)
 *   NTLM|Negotiate NEGOTIATE  → Challenge [same scheme + " " + CHALLENGE]
 *   NTLM|Negotiate AUTHENTICATE → Authenticated(DOMAIN&#92;user), the connection now logged on | Refused
 *   Basic user:password       → Authenticated(DOMAIN&#92;user), this request only | Refused   (Basic enabled)
 *   any other scheme          → Challenge [Negotiate, NTLM], as anonymous (Basic too, unless enabled)
 * </pre>
 * Negotiate is accepted only when it carries a raw NTLM message; SPNEGO and Kerberos tokens are
 * refused. NDES setup installs Windows authentication only, so by default Basic is treated like any
 * scheme IIS does not offer: the request counts as anonymous (401.2). With Basic enabled it is also
 * offered, after NTLM, as IIS lists it. Never throws on client input.
 */
public final class HttpAuthenticator {
    private static final String NTLM = "NTLM";
    private static final String NEGOTIATE = "Negotiate";
    /** What IIS offers an anonymous request, in its order. */
    public static final List<String> ANONYMOUS_CHALLENGE = List.of(NEGOTIATE, NTLM);
    private static final String BASIC_REALM = "Basic realm=\"ndes\"";
    private static final long FILETIME_EPOCH_OFFSET_MILLIS = 11_644_473_600_000L;

    private final WindowsAuthSettings settings;
    private final Random random;
    private final Clock clock;
    private final NtlmVerifier ntlm;
    private final BasicCredentials basic;
    private final List<String> offered;

    public HttpAuthenticator(WindowsAuthSettings settings) {
        this(settings, new SecureRandom(), Clock.systemUTC());
    }

    /**
     * @param random where the 8-byte server challenges come from
     * @param clock  the time in the CHALLENGE's MsvAvTimestamp
     */
    public HttpAuthenticator(WindowsAuthSettings settings, Random random, Clock clock) {
        this.settings = settings;
        this.random = random;
        this.clock = clock;
        this.ntlm = new NtlmVerifier(settings);
        this.basic = new BasicCredentials(settings);
        this.offered = settings.basic() ? List.of(NEGOTIATE, NTLM, BASIC_REALM) : ANONYMOUS_CHALLENGE;
    }

    /** @param authorization the request's Authorization header value, or null */
    public AuthDecision authenticate(String authorization, AuthConnection connection) {
        if (authorization == null || authorization.isBlank()) {
            return connection.user().<AuthDecision>map(Authenticated::new)
                    .orElseGet(() -> new Challenge(offered, false));
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        String token = parts.length > 1 ? parts[1] : "";
        try {
            return switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "ntlm" -> ntlm(NTLM, NtlmBytes.base64(token), connection);
                case "negotiate" -> ntlm(NEGOTIATE, NtlmBytes.base64(token), connection);
                case "basic" -> settings.basic() ? decision(basic.verify(token)) : new Challenge(offered, false);
                default -> new Challenge(offered, false);
            };
        } catch (MalformedNtlm e) {
            return refused(parts[0] + " credentials do not parse: " + e.getMessage());
        }
    }

    private AuthDecision ntlm(String scheme, byte[] message, AuthConnection connection) {
        return switch (NtlmBytes.type(message)) {
            case NtlmBytes.NEGOTIATE -> challenge(scheme, NegotiateMessage.parse(message), connection);
            case NtlmBytes.AUTHENTICATE -> connection.takePending()
                    .map(pending -> logon(AuthenticateMessage.parse(message, pending.flags()), pending, connection))
                    .orElseGet(() -> refused("NTLM AUTHENTICATE without a CHALLENGE on this connection"));
            default -> refused(scheme + " token is not an NTLM NEGOTIATE or AUTHENTICATE message");
        };
    }

    private AuthDecision challenge(String scheme, NegotiateMessage request, AuthConnection connection) {
        byte[] serverChallenge = new byte[8];
        random.nextBytes(serverChallenge);
        long fileTime = (clock.millis() + FILETIME_EPOCH_OFFSET_MILLIS) * 10_000;
        ChallengeMessage answer = ChallengeMessage.answering(request, settings, serverChallenge, fileTime);
        connection.challenged(new AuthConnection.Pending(serverChallenge, answer.flags()));
        return new Challenge(List.of(scheme + " " + Base64.getEncoder().encodeToString(answer.encode())), true);
    }

    private AuthDecision logon(AuthenticateMessage message, AuthConnection.Pending pending, AuthConnection connection) {
        Logon result = ntlm.verify(message, pending.serverChallenge());
        if (result.ok()) {
            connection.authenticated(result.user());
        }
        return decision(result);
    }

    private AuthDecision decision(Logon result) {
        return result.ok() ? new Authenticated(result.user()) : refused(result.failure());
    }

    private Refused refused(String reason) {
        return new Refused(offered, reason);
    }
}
