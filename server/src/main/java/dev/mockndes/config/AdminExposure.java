package dev.mockndes.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether the admin API may listen where it is asked to. The admin API switches scenarios,
 * approves, rejects and revokes, and shows the logs, so off loopback it needs a bearer token;
 * whoever really wants it open must say so.
 */
public final class AdminExposure {

    private AdminExposure() {
    }

    /**
     * @param adminBind   the address the admin API would listen on
     * @param token       the bearer token the admin API would ask for, if any
     * @param allowOpen   the explicit opt-out: listen off loopback without a token all the same
     * @return the one-line refusal, saying how to fix it; empty when the server may start
     */
    public static Optional<String> refusal(String adminBind, Optional<String> token, boolean allowOpen) {
        if (allowOpen || token.filter(t -> !t.isEmpty()).isPresent() || isLoopback(adminBind)) {
            return Optional.empty();
        }
        return Optional.of("the admin API would listen on " + adminBind + " without a token, so anyone who reaches it could switch "
                + "scenarios and approve or revoke certificates: give --admin-token (or MOCK_NDES_ADMIN_TOKEN), keep it on "
                + "loopback with --admin-bind 127.0.0.1, or pass --admin-without-token to accept the risk");
    }

    /** True for a loopback address or a name that resolves only to loopback addresses. */
    static boolean isLoopback(String address) {
        try {
            InetAddress[] all = InetAddress.getAllByName(address);
            for (InetAddress one : all) {
                if (!one.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
