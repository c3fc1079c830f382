package dev.mockndes.junit;

import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.protocol.Capability;
import dev.mockndes.protocol.CapsProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Options of a {@link MockNdesExtension}. Without any: loopback, free ports, any challenge accepted,
 * the interop GetCACaps, one CA, the embedded healthy scenario, logs in a fresh temporary folder
 * ({@link ServerConfig#defaults()}). Each option is applied, in the order given, when the server starts.
 */
public final class MockNdesBuilder {
    /** The subject of the root above the issuing CA in a two-tier PKI, as {@code serve --two-tier} names it. */
    public static final String ROOT_SUBJECT = "CN=MOCK-NDES-ROOT-CA,O=mock-ndes,C=US";

    private final List<UnaryOperator<ServerConfig>> steps = new ArrayList<>();

    MockNdesBuilder() {
    }

    /** The scenario in force at start and after every reset: a built-in name or the path of a YAML file. */
    public MockNdesBuilder scenario(String nameOrFile) {
        return configure(config -> config.withScenario(Scenarios.resolve(nameOrFile)));
    }

    public MockNdesBuilder scenario(Path file) {
        return configure(config -> config.withScenario(Scenarios.resolve(file)));
    }

    public MockNdesBuilder scenario(Scenario scenario) {
        return configure(config -> config.withScenario(scenario));
    }

    /** NDES single-password mode: only this challenge is accepted. */
    public MockNdesBuilder challenge(String secret) {
        return configure(config -> config.withChallenge(secret));
    }

    /** Any challenge mode: one-time passwords, Intune, none, with their lifetimes and cache size. */
    public MockNdesBuilder challenge(ChallengeSettings settings) {
        return configure(config -> config.withChallenge(settings));
    }

    /** The GetCACaps answer: {@code INTEROP} (the default) or what NDES sends. */
    public MockNdesBuilder capsProfile(CapsProfile profile) {
        return capabilities(profile.capabilities());
    }

    /** Exact GetCACaps keywords, e.g. without {@code POSTPKIOperation} to make clients use GET. */
    public MockNdesBuilder capabilities(List<Capability> capabilities) {
        return configure(config -> config.withCapabilities(capabilities));
    }

    /** A root CA above the issuing CA; {@link MockNdesExtension#caCertificate()} is then the root. */
    public MockNdesBuilder twoTier() {
        return configure(config -> config.withPki(config.pki().withRoot(ROOT_SUBJECT)));
    }

    /** Lifetime of issued certificates. */
    public MockNdesBuilder validity(Duration validity) {
        return configure(config -> config.withPki(config.pki().withIssuedValidity(validity)));
    }

    /** The template name written into issued certificates. */
    public MockNdesBuilder certificateTemplate(String name) {
        return configure(config -> config.withPki(config.pki().withCertificateTemplate(name)));
    }

    /** Every PKI setting at once (key size, subjects, validity, root). */
    public MockNdesBuilder pki(PkiSettings settings) {
        return configure(config -> config.withPki(settings));
    }

    /** Admin API calls (except {@code GET /health}) then need {@code Authorization: Bearer TOKEN}. */
    public MockNdesBuilder adminToken(String token) {
        return configure(config -> config.withAdminToken(token));
    }

    /** Serves SCEP over HTTPS, e.g. {@code TlsSettings.issued(List.of("localhost", "127.0.0.1"))}. */
    public MockNdesBuilder tls(TlsSettings settings) {
        return configure(config -> config.withTls(settings));
    }

    /** Anything else {@link ServerConfig} offers, e.g. {@code configure(c -> c.withNdes(...))}. */
    public MockNdesBuilder configure(UnaryOperator<ServerConfig> step) {
        steps.add(step);
        return this;
    }

    public MockNdesExtension build() {
        List<UnaryOperator<ServerConfig>> chosen = List.copyOf(steps);
        return new MockNdesExtension(() -> {
            ServerConfig config = ServerConfig.defaults();
            for (UnaryOperator<ServerConfig> step : chosen) {
                config = step.apply(config);
            }
            return config;
        });
    }
}
