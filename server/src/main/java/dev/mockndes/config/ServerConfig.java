package dev.mockndes.config;

import dev.mockndes.pki.PkiSettings;
import dev.mockndes.scep.Capability;
import dev.mockndes.scep.CapsProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server is started with, built once (by the CLI or a test) and never changed.
 *
 * @param bind         address to listen on
 * @param port         TCP port; 0 picks a free one
 * @param challenge    static challenge password; empty accepts any challenge
 * @param capabilities the GetCACaps lines, in order
 * @param pki          how the ephemeral CA and RA certificates are made
 * @param workers      threads doing PKIOperation crypto
 */
public record ServerConfig(String bind, int port, Optional<String> challenge, List<Capability> capabilities,
                           PkiSettings pki, int workers) {
    public static final String SCEP_PATH = "/certsrv/mscep/mscep.dll";

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(challenge, "challenge");
        capabilities = List.copyOf(capabilities);
        Objects.requireNonNull(pki, "pki");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
    }

    /** Loopback, a free port, any challenge, the interop caps: what tests and the embedded default use. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 0, Optional.empty(), CapsProfile.INTEROP.capabilities(), PkiSettings.defaults(),
                Runtime.getRuntime().availableProcessors());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, challenge, capabilities, pki, workers);
    }

    public ServerConfig withChallenge(String secret) {
        return new ServerConfig(bind, port, Optional.of(secret), capabilities, pki, workers);
    }

    public ServerConfig withCapabilities(List<Capability> caps) {
        return new ServerConfig(bind, port, challenge, caps, pki, workers);
    }
}
