package dev.mockndes.config;

import dev.mockndes.store.StorageSettings;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.protocol.Capability;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.protocol.CapsProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the server is started with, built once (by the CLI or a test) and never changed.
 *
 * @param bind         address both listeners bind to
 * @param port         the SCEP (IIS site) port; 0 picks a free one
 * @param adminPort    the mock-ndes admin API port; 0 picks a free one
 * @param challenge    how challenge passwords are checked
 * @param capabilities the GetCACaps lines, in order
 * @param pki          how the ephemeral CA and RA certificates are made
 * @param ndes         the NDES server set-up around mscep.dll
 * @param logDir       where the IIS, HTTPERR and event logs are written
 * @param workers      threads doing PKIOperation crypto
 * @param scenario     the fault scenario in force at start
 * @param adminToken   when present, admin API calls (except GET /health) need {@code Authorization: Bearer <token>}
 * @param storage      where the CA, the issued certificates and the pending queue live (memory or a data folder)
 * @param protocol     the optional parts of RFC 8894: manual approval, renewal, CA rollover
 * @param tls          whether the SCEP site is served over HTTPS
 * @param adminBind    address the admin API listens on; loopback unless asked otherwise, since the
 *                     admin API can switch scenarios, approve, revoke and read logs
 */
public record ServerConfig(String bind, int port, int adminPort, ChallengeSettings challenge, List<Capability> capabilities,
                           PkiSettings pki, NdesSettings ndes, Path logDir, int workers, Scenario scenario,
                           java.util.Optional<String> adminToken, StorageSettings storage, ProtocolSettings protocol,
                           TlsSettings tls, String adminBind) {
    public static final String SCEP_PATH = "/certsrv/mscep/mscep.dll";
    public static final String ADMIN_PATH = "/certsrv/mscep_admin";
    /** The mscep application folder; mscep.dll is its default document. */
    public static final String SCEP_FOLDER = "/certsrv/mscep";

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(challenge, "challenge");
        capabilities = List.copyOf(capabilities);
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(ndes, "ndes");
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(adminBind, "adminBind");
        for (int p : new int[] {port, adminPort}) {
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("ports must be between 0 and 65535, not " + p);
            }
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
    }

    /**
     * Loopback, free ports, any challenge, the interop caps, logs in a fresh temporary folder: what
     * tests and embedders start from.
     */
    public static ServerConfig defaults() {
        Path logs;
        try {
            logs = java.nio.file.Files.createTempDirectory("mock-ndes-logs");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a temporary log folder", e);
        }
        return new ServerConfig("127.0.0.1", 0, 0, ChallengeSettings.none(), CapsProfile.INTEROP.capabilities(),
                PkiSettings.defaults(), NdesSettings.defaults(), logs, Runtime.getRuntime().availableProcessors(), Scenario.healthy(),
                java.util.Optional.empty(), StorageSettings.inMemory(), ProtocolSettings.defaults(), TlsSettings.none(),
                "127.0.0.1");
    }

    public ServerConfig withChallenge(String secret) {
        return withChallenge(ChallengeSettings.fixed(secret));
    }

    public ServerConfig withChallenge(ChallengeSettings settings) {
        return new ServerConfig(bind, port, adminPort, settings, capabilities, pki, ndes, logDir, workers, scenario, adminToken, storage, protocol, tls, adminBind);
    }

    /** The SCEP site on {@code address} (e.g. {@code 0.0.0.0} for every interface); the admin listener stays on {@link #adminBind}. */
    public ServerConfig withBind(String address) {
        return new ServerConfig(address, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, scenario, adminToken, storage, protocol, tls, adminBind);
    }

    public ServerConfig withCapabilities(List<Capability> caps) {
        return new ServerConfig(bind, port, adminPort, challenge, caps, pki, ndes, logDir, workers, scenario, adminToken, storage, protocol, tls, adminBind);
    }

    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, scenario,
                java.util.Optional.of(token), storage, protocol, tls, adminBind);
    }

    public ServerConfig withPki(PkiSettings settings) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, settings, ndes, logDir, workers, scenario, adminToken, storage, protocol, tls, adminBind);
    }

    public ServerConfig withScenario(Scenario initial) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, initial, adminToken, storage, protocol, tls, adminBind);
    }

    public ServerConfig withNdes(NdesSettings settings) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, settings, logDir, workers, scenario, adminToken, storage, protocol, tls, adminBind);
    }

    public ServerConfig withStorage(StorageSettings settings) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, scenario, adminToken,
                settings, protocol, tls, adminBind);
    }

    public ServerConfig withProtocol(ProtocolSettings settings) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, scenario, adminToken,
                storage, settings, tls, adminBind);
    }

    public ServerConfig withAdminBind(String address) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, scenario, adminToken,
                storage, protocol, tls, address);
    }

    public ServerConfig withTls(TlsSettings settings) {
        return new ServerConfig(bind, port, adminPort, challenge, capabilities, pki, ndes, logDir, workers, scenario, adminToken,
                storage, protocol, settings, adminBind);
    }
}
