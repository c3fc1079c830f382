package dev.mockndes.ndes.auth;

import java.util.Optional;

/**
 * What one TCP connection remembers between requests: the NTLM handshake under way, or the user
 * NTLM authenticated on it (IIS keeps an NTLM logon for the life of the connection). Create one
 * per connection, keep it while the connection lives, never share it. Opaque to callers.
 */
public final class AuthConnection {
    private Pending pending;
    private String user;

    /** A CHALLENGE sent on this connection and not yet answered. */
    record Pending(byte[] serverChallenge, int flags) {
    }

    synchronized void challenged(Pending challenge) {
        pending = challenge;
        user = null;
    }

    /** The pending challenge, which a single AUTHENTICATE consumes whatever its outcome. */
    synchronized Optional<Pending> takePending() {
        Optional<Pending> taken = Optional.ofNullable(pending);
        pending = null;
        return taken;
    }

    synchronized void authenticated(String name) {
        user = name;
    }

    synchronized Optional<String> user() {
        return Optional.ofNullable(user);
    }
}
