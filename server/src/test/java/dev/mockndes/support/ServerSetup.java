package dev.mockndes.support;

import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.enroll.ApprovalSettings;
import java.util.Optional;

/**
 * What a test asks of a {@link SharedServer}: equal set-ups share one server. Whatever is not named
 * here is {@link ServerConfig#defaults()} (healthy scenario, any challenge, one CA, plain HTTP).
 *
 * @param challenge   the static challenge password, or any challenge when empty
 * @param adminToken  the bearer token the admin API asks for, or none
 * @param approval    automatic, or manual (requests wait in the pending queue)
 * @param tls         whether the SCEP site speaks HTTPS
 * @param rootSubject a root CA above the issuing CA (a two-tier PKI), or one CA when empty
 */
public record ServerSetup(Optional<String> challenge, Optional<String> adminToken, ApprovalSettings approval, TlsSettings tls,
                          Optional<String> rootSubject) {
    public static ServerSetup defaults() {
        return new ServerSetup(Optional.empty(), Optional.empty(), ApprovalSettings.auto(), TlsSettings.none(), Optional.empty());
    }

    public ServerSetup withChallenge(String secret) {
        return new ServerSetup(Optional.of(secret), adminToken, approval, tls, rootSubject);
    }

    public ServerSetup withAdminToken(String token) {
        return new ServerSetup(challenge, Optional.of(token), approval, tls, rootSubject);
    }

    public ServerSetup withApproval(ApprovalSettings settings) {
        return new ServerSetup(challenge, adminToken, settings, tls, rootSubject);
    }

    public ServerSetup withTls(TlsSettings settings) {
        return new ServerSetup(challenge, adminToken, approval, settings, rootSubject);
    }

    public ServerSetup withRoot(String subject) {
        return new ServerSetup(challenge, adminToken, approval, tls, Optional.of(subject));
    }

    /** A configuration of its own each time: a fresh temporary log folder. */
    public ServerConfig config() {
        ServerConfig config = ServerConfig.defaults().withProtocol(ProtocolSettings.defaults().withApproval(approval)).withTls(tls);
        config = challenge.map(config::withChallenge).orElse(config);
        config = adminToken.map(config::withAdminToken).orElse(config);
        ServerConfig base = config;
        return rootSubject.map(subject -> base.withPki(base.pki().withRoot(subject))).orElse(base);
    }
}
