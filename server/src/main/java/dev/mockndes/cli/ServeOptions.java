package dev.mockndes.cli;

import dev.mockndes.ndes.auth.AdminUser;
import dev.mockndes.store.CaImport;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.config.FidelitySettings;
import dev.mockndes.config.AdminExposure;
import dev.mockndes.config.NdesSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.store.StorageSettings;
import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.enroll.ApprovalMode;
import dev.mockndes.enroll.ApprovalSettings;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.protocol.Capability;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.web.ErrorPages;
import dev.mockndes.protocol.CapsProfile;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code mock-ndes serve}; each has an environment-variable default for containers. */
final class ServeOptions {

    @Option(names = "--port", defaultValue = "${env:MOCK_NDES_PORT:-8080}", paramLabel = "N",
            description = "SCEP (IIS site) port; 0 picks a free one. Env MOCK_NDES_PORT. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--admin-port", defaultValue = "${env:MOCK_NDES_ADMIN_PORT:-8081}", paramLabel = "N",
            description = "mock-ndes admin API port; 0 picks a free one. Env MOCK_NDES_ADMIN_PORT. Default: ${DEFAULT-VALUE}.")
    int adminPort;

    @Option(names = "--bind", defaultValue = "${env:MOCK_NDES_BIND:-127.0.0.1}", paramLabel = "ADDR",
            description = "Address to listen on. Env MOCK_NDES_BIND. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--challenge", defaultValue = "${env:MOCK_NDES_CHALLENGE}", paramLabel = "SECRET",
            description = "Static challenge password (NDES single-password mode; implies --challenge-mode static). Env MOCK_NDES_CHALLENGE.")
    String challenge;

    @Option(names = "--challenge-mode", defaultValue = "${env:MOCK_NDES_CHALLENGE_MODE}", paramLabel = "MODE",
            description = "none (accept anything), static, otp (one-time passwords from /certsrv/mscep_admin/, the NDES default) "
                    + "or intune (challenges minted through the admin API). Default: static with --challenge, else none. Env MOCK_NDES_CHALLENGE_MODE.")
    ChallengeMode challengeMode;

    @Option(names = "--password-lifetime", defaultValue = "${env:MOCK_NDES_PASSWORD_LIFETIME:-60}", paramLabel = "MINUTES",
            description = "Lifetime of one-time passwords and Intune challenges. Default: ${DEFAULT-VALUE}.")
    long passwordLifetimeMinutes;

    @Option(names = "--password-cache", defaultValue = "${env:MOCK_NDES_PASSWORD_CACHE:-5}", paramLabel = "N",
            description = "Unused one-time passwords kept at once before 'The password cache is full.'. Default: ${DEFAULT-VALUE}.")
    int passwordCache;

    @Option(names = "--password-length", defaultValue = "${env:MOCK_NDES_PASSWORD_LENGTH:-16}", paramLabel = "HEXCHARS",
            description = "Length of one-time passwords. Default: ${DEFAULT-VALUE}.")
    int passwordLength;

    @Option(names = "--admin-user", split = ",", defaultValue = "${env:MOCK_NDES_ADMIN_USERS:-Administrator:mock-ndes}",
            paramLabel = "USER:PASSWORD[:noenroll]",
            description = "Windows accounts for /certsrv/mscep_admin/ (NTLM, Negotiate-wrapped NTLM; Basic with --admin-basic-auth); ':noenroll' "
                    + "marks one without enrol rights. Env MOCK_NDES_ADMIN_USERS. Default: ${DEFAULT-VALUE}.")
    List<String> adminUsers;

    @Option(names = "--admin-page-encoding", defaultValue = "${env:MOCK_NDES_ADMIN_PAGE_ENCODING:-UTF-16LE}", paramLabel = "CHARSET",
            description = "Encoding of the mscep_admin pages (NDES sends UTF-16LE). Default: ${DEFAULT-VALUE}.")
    Charset adminPageEncoding;

    @Option(names = "--intune-connector", defaultValue = "${env:MOCK_NDES_INTUNE_CONNECTOR:-installed}", paramLabel = "STATE",
            description = "installed (browsing mscep.dll gives 403.0) or missing (the general NDES page with 200). Default: ${DEFAULT-VALUE}.")
    ConnectorState connector;

    @Option(names = "--caps-profile", defaultValue = "${env:MOCK_NDES_CAPS_PROFILE:-interop}", paramLabel = "PROFILE",
            description = "GetCACaps answer: interop (everything supported, listed explicitly) or ndes (what NDES is reported to send). Default: ${DEFAULT-VALUE}.")
    CapsProfile capsProfile;

    @Option(names = "--caps", split = ",", paramLabel = "KEYWORD",
            description = "Exact GetCACaps keywords, overriding --caps-profile (e.g. --caps SHA-256,AES to force PKIOperation by GET).")
    List<String> caps;

    @Option(names = "--validity-days", defaultValue = "${env:MOCK_NDES_VALIDITY_DAYS:-365}", paramLabel = "DAYS",
            description = "Lifetime of issued certificates. Default: ${DEFAULT-VALUE}.")
    int validityDays;

    @Option(names = "--two-tier", defaultValue = "${env:MOCK_NDES_TWO_TIER:-false}",
            description = "A root CA issues the CA; GetCACert then carries the root too, and the thumbprints are the root's.")
    boolean twoTier;

    @Option(names = "--certificate-template", defaultValue = "${env:MOCK_NDES_CERTIFICATE_TEMPLATE:-IPSECIntermediateOffline}",
            paramLabel = "NAME", description = "Template name written into issued certificates. Default: ${DEFAULT-VALUE}.")
    String certificateTemplate;

    @Option(names = "--scenario", defaultValue = "${env:MOCK_NDES_SCENARIO}", paramLabel = "NAME|FILE",
            description = "Fault scenario at start: a built-in name (see 'mock-ndes scenarios list') or a YAML file. "
                    + "Default: healthy. Env MOCK_NDES_SCENARIO.")
    String scenario;

    @Option(names = "--admin-token", defaultValue = "${env:MOCK_NDES_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' on the admin API (GET /health stays open). Env MOCK_NDES_ADMIN_TOKEN.")
    String adminToken;

    @Option(names = "--admin-bind", defaultValue = "${env:MOCK_NDES_ADMIN_BIND:-127.0.0.1}", paramLabel = "ADDR",
            description = "Address the admin API listens on, whatever --bind says; off loopback it needs --admin-token. "
                    + "Env MOCK_NDES_ADMIN_BIND. Default: ${DEFAULT-VALUE}.")
    String adminBind;

    @Option(names = "--admin-without-token", defaultValue = "${env:MOCK_NDES_ADMIN_WITHOUT_TOKEN:-false}",
            description = "Start even though the admin API listens off loopback without --admin-token: anyone who reaches it "
                    + "can switch scenarios, approve and revoke. Env MOCK_NDES_ADMIN_WITHOUT_TOKEN.")
    boolean adminWithoutToken;

    @Option(names = "--log-dir", defaultValue = "${env:MOCK_NDES_LOG_DIR:-logs}", paramLabel = "DIR",
            description = "Where the IIS (W3SVC1/u_exYYMMDD.log), HTTPERR and event logs go. Default: ${DEFAULT-VALUE}.")
    Path logDir;

    @Option(names = "--approval", defaultValue = "${env:MOCK_NDES_APPROVAL:-auto}", paramLabel = "MODE",
            description = "auto (issue at once) or manual (answer PENDING until approved or rejected through the admin API or "
                    + "'mock-ndes pending'). A scenario's approval: setting wins while it is in force. Env MOCK_NDES_APPROVAL. Default: ${DEFAULT-VALUE}.")
    ApprovalMode approval;

    @Option(names = "--auto-approve-after-polls", defaultValue = "${env:MOCK_NDES_AUTO_APPROVE_AFTER_POLLS}", paramLabel = "N",
            description = "Manual approval: approve a waiting request at its N-th poll. Env MOCK_NDES_AUTO_APPROVE_AFTER_POLLS.")
    Integer autoApproveAfterPolls;

    @Option(names = "--auto-approve-after", defaultValue = "${env:MOCK_NDES_AUTO_APPROVE_AFTER}", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Manual approval: approve a waiting request at its first poll this long after it arrived (e.g. 30s). "
                    + "Env MOCK_NDES_AUTO_APPROVE_AFTER.")
    Duration autoApproveAfter;

    @Option(names = "--renewal-window", defaultValue = "${env:MOCK_NDES_RENEWAL_WINDOW}", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Allow RenewalReq only when the old certificate expires within this (e.g. 30d); otherwise FAILURE "
                    + "badRequest. Default: any time. Env MOCK_NDES_RENEWAL_WINDOW.")
    Duration renewalWindow;

    @Option(names = "--signing-time-tolerance", defaultValue = "${env:MOCK_NDES_SIGNING_TIME_TOLERANCE:-24h}", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How far a request's signingTime may be from the server's clock before FAILURE badTime; 0s turns "
                    + "the check off. Env MOCK_NDES_SIGNING_TIME_TOLERANCE. Default: ${DEFAULT-VALUE}.")
    Duration signingTimeTolerance;

    @Option(names = "--crl-base-url", defaultValue = "${env:MOCK_NDES_CRL_BASE_URL}", paramLabel = "URL",
            description = "URL folder the issued certificates' CRL distribution point names (the CRL file name is appended). "
                    + "Default: http://<this server>/CertEnroll/. Env MOCK_NDES_CRL_BASE_URL.")
    String crlBaseUrl;

    @Option(names = "--next-ca", defaultValue = "${env:MOCK_NDES_NEXT_CA:-none}", paramLabel = "MODE",
            description = "none, or generate: a next CA and RA pair for CA rollover, served by GetNextCACert and advertised "
                    + "in GetCACaps. Env MOCK_NDES_NEXT_CA. Default: ${DEFAULT-VALUE}.")
    NextCaMode nextCa;

    @Option(names = "--tls", defaultValue = "${env:MOCK_NDES_TLS:-false}",
            description = "Serve SCEP over HTTPS with a certificate from the mock CA (or --tls-p12). The admin API stays HTTP. Env MOCK_NDES_TLS.")
    boolean tlsEnabled;

    @Option(names = "--tls-host", split = ",", defaultValue = "${env:MOCK_NDES_TLS_HOSTS:-localhost,127.0.0.1}", paramLabel = "NAME",
            description = "Host name or IP address the HTTPS certificate is issued for; repeatable. Env MOCK_NDES_TLS_HOSTS "
                    + "(comma-separated). Default: ${DEFAULT-VALUE}.")
    List<String> tlsHosts;

    @Option(names = "--tls-p12", defaultValue = "${env:MOCK_NDES_TLS_P12}", paramLabel = "FILE",
            description = "Use the key and certificate chain of this PKCS#12 file instead of issuing one (implies --tls). Env MOCK_NDES_TLS_P12.")
    Path tlsP12;

    @Option(names = "--tls-p12-password", defaultValue = "${env:MOCK_NDES_TLS_P12_PASSWORD:-}", paramLabel = "PASSWORD",
            description = "Password of the --tls-p12 file. Env MOCK_NDES_TLS_P12_PASSWORD.")
    String tlsP12Password;

    @Option(names = "--workers", defaultValue = "${env:MOCK_NDES_WORKERS:-0}", paramLabel = "N",
            description = "Threads doing PKIOperation crypto (0 = one per core).")
    int workers;

    @Option(names = "--data-dir", defaultValue = "${env:MOCK_NDES_DATA_DIR}", paramLabel = "DIR",
            description = "Keep the CA, RA keys, issued certificates, revocations and pending requests in DIR (created if missing) "
                    + "so they survive restarts and crashes. Default: all in memory, gone on exit. Env MOCK_NDES_DATA_DIR.")
    Path dataDir;

    @Option(names = "--import-ca-cert", defaultValue = "${env:MOCK_NDES_IMPORT_CA_CERT}", paramLabel = "FILE",
            description = "Issue with an existing CA: its PEM certificate (optionally followed by its root). Needs --import-ca-key. "
                    + "Env MOCK_NDES_IMPORT_CA_CERT.")
    Path importCaCert;

    @Option(names = "--import-ca-key", defaultValue = "${env:MOCK_NDES_IMPORT_CA_KEY}", paramLabel = "FILE",
            description = "The existing CA's unencrypted PEM private key. Env MOCK_NDES_IMPORT_CA_KEY.")
    Path importCaKey;

    @Option(names = "--import-ca-p12", defaultValue = "${env:MOCK_NDES_IMPORT_CA_P12}", paramLabel = "FILE",
            description = "Issue with an existing CA from a PKCS#12 file (key and chain). Env MOCK_NDES_IMPORT_CA_P12.")
    Path importCaP12;

    @Option(names = "--import-ca-password", defaultValue = "${env:MOCK_NDES_IMPORT_CA_PASSWORD}", paramLabel = "PASSWORD",
            description = "Password of --import-ca-p12 (default: empty). Env MOCK_NDES_IMPORT_CA_PASSWORD.")
    String importCaPassword;

    @Option(names = "--admin-basic-auth", defaultValue = "${env:MOCK_NDES_ADMIN_BASIC_AUTH:-false}",
            description = "Also offer and accept Basic authentication on /certsrv/mscep_admin/, for a gateway that speaks "
                    + "nothing else (NDES itself offers Negotiate and NTLM only). Env MOCK_NDES_ADMIN_BASIC_AUTH.")
    boolean adminBasicAuth;

    @Option(names = "--caps-without-content-type", defaultValue = "${env:MOCK_NDES_CAPS_WITHOUT_CONTENT_TYPE:-false}",
            description = "Send GetCACaps without a Content-Type header, as an older NDES did. Env MOCK_NDES_CAPS_WITHOUT_CONTENT_TYPE.")
    boolean capsWithoutContentType;

    @Option(names = "--lenient-decryption", defaultValue = "${env:MOCK_NDES_LENIENT_DECRYPTION:-false}",
            description = "Also open requests encrypted to the CA or the signing RA certificate (NDES opens only those "
                    + "encrypted to the CEP Encryption certificate and raises Event 18 for the rest). "
                    + "Env MOCK_NDES_LENIENT_DECRYPTION.")
    boolean lenientDecryption;

    @Option(names = "--bad-challenge-failinfo", defaultValue = "${env:MOCK_NDES_BAD_CHALLENGE_FAILINFO:-badRequest}",
            paramLabel = "FAILINFO",
            description = "failInfo of the FAILURE for a wrong or reused challenge: badRequest or badMessageCheck (both are "
                    + "reported from real NDES; either comes with Event 29). Env MOCK_NDES_BAD_CHALLENGE_FAILINFO. "
                    + "Default: ${DEFAULT-VALUE}.")
    String badChallengeFailInfo;

    @Option(names = "--http-sys-limit", defaultValue = "${env:MOCK_NDES_HTTP_SYS_LIMIT:-16384}", paramLabel = "BYTES",
            description = "HTTP.sys MaxFieldLength and MaxRequestBytes: a longer request line or header is refused with "
                    + "400 'Header Field Too Long' before IIS sees it. Windows: 16384; the NDES guidance: 65534. "
                    + "Env MOCK_NDES_HTTP_SYS_LIMIT. Default: ${DEFAULT-VALUE}.")
    int httpSysLimit;

    @Option(names = "--error-pages", defaultValue = "${env:MOCK_NDES_ERROR_PAGES:-detailed-local-only}", paramLabel = "MODE",
            description = "IIS error pages: detailed-local-only (detailed pages to loopback clients, the short custom pages "
                    + "to everyone else, as IIS does), detailed or custom. Env MOCK_NDES_ERROR_PAGES. Default: ${DEFAULT-VALUE}.")
    String errorPages;

    @Option(names = "--profile", defaultValue = "${env:MOCK_NDES_PROFILE}", paramLabel = "FILE",
            description = "Look like a recorded NDES ('scep-harness record URL --out FILE'): its GetCACaps, headers and error answers, "
                    + "and a CA and RA chain of the same shape with this server's own keys. Env MOCK_NDES_PROFILE.")
    Path profile;

    enum ConnectorState { INSTALLED, MISSING }

    enum NextCaMode { NONE, GENERATE }

    /** @throws IllegalArgumentException with a one-line reason for a bad combination of options */
    ServerConfig toConfig() {
        if (port == adminPort && port != 0) {
            throw new IllegalArgumentException("--port and --admin-port are both " + port + ": give them different ports "
                    + "(0 picks a free one)");
        }
        if (validityDays < 1) {
            throw new IllegalArgumentException("--validity-days must be at least 1, not " + validityDays);
        }
        PkiSettings pki = pkiSettings();
        Optional<String> secret = Optional.ofNullable(challenge).filter(s -> !s.isEmpty());
        ChallengeMode mode = challengeMode != null ? challengeMode : secret.isPresent() ? ChallengeMode.STATIC : ChallengeMode.NONE;
        var challengeSettings = new ChallengeSettings(mode, secret, Duration.ofMinutes(passwordLifetimeMinutes), passwordCache,
                passwordLength, ChallengeSettings.none().intuneBytes());
        List<AdminUser> users = adminUsers.stream().map(AdminUser::parse).toList();
        Scenario start = scenario();
        var ndes = new NdesSettings(connector == ConnectorState.INSTALLED, users, adminPageEncoding, fidelity(), recordedProfile(start));
        int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        Optional<String> token = Optional.ofNullable(adminToken).filter(t -> !t.isEmpty());
        AdminExposure.refusal(adminBind, token, adminWithoutToken).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal);
        });
        return new ServerConfig(bind, port, adminPort, challengeSettings, capabilities(), pki, ndes, logDir, threads, start,
                token, storage(), protocol(), tls(), adminBind);
    }

    /** The details where the mock copies one NDES or another (docs/fidelity.md). */
    private FidelitySettings fidelity() {
        FailInfo badChallenge = switch (badChallengeFailInfo.trim()) {
            case "badRequest" -> FailInfo.BAD_REQUEST;
            case "badMessageCheck" -> FailInfo.BAD_MESSAGE_CHECK;
            default -> throw new IllegalArgumentException("--bad-challenge-failinfo: '" + badChallengeFailInfo
                    + "' is not badRequest or badMessageCheck");
        };
        return FidelitySettings.defaults().withBasicAuth(adminBasicAuth).withCapsContentType(!capsWithoutContentType)
                .withLenientDecryption(lenientDecryption).withBadChallengeFailInfo(badChallenge).withHttpSysLimit(httpSysLimit)
                .withErrorPages(errorPagesMode());
    }

    private ErrorPages errorPagesMode() {
        try {
            return ErrorPages.fromWire(errorPages.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--error-pages: " + e.getMessage());
        }
    }

    private PkiSettings pkiSettings() {
        PkiSettings pki = PkiSettings.defaults().withIssuedValidity(Duration.ofDays(validityDays))
                .withCertificateTemplate(certificateTemplate);
        return twoTier ? pki.withRoot("CN=MOCK-NDES-ROOT-CA,O=mock-ndes,C=US") : pki;
    }

    /**
     * The PKI settings when the CA will be ephemeral (no data folder, no import) and the options that
     * shape it are valid, so its keys can be generated while the rest of the configuration is read.
     */
    Optional<PkiSettings> ephemeralPki() {
        boolean kept = dataDir != null && !dataDir.toString().isEmpty();
        boolean imported = importCaP12 != null || importCaCert != null || importCaKey != null;
        boolean replayed = profile != null && !profile.toString().isEmpty(); // a recorded profile brings its own chain
        return kept || imported || replayed || validityDays < 1 ? Optional.empty() : Optional.of(pkiSettings());
    }

    /** Where state lives: in memory unless a data folder is given; which CA issues, when one is imported. */
    private StorageSettings storage() {
        StorageSettings storage = dataDir == null || dataDir.toString().isEmpty() ? StorageSettings.inMemory()
                : StorageSettings.in(dataDir);
        if (importCaP12 != null && (importCaCert != null || importCaKey != null)) {
            throw new IllegalArgumentException("--import-ca-p12 and --import-ca-cert/--import-ca-key are alternatives: give one");
        }
        if (importCaP12 != null) {
            return storage.withImport(new CaImport.Pkcs12(importCaP12, importCaPassword == null ? "" : importCaPassword));
        }
        if ((importCaCert == null) != (importCaKey == null)) {
            throw new IllegalArgumentException("--import-ca-cert and --import-ca-key go together: give both");
        }
        return importCaCert == null ? storage : storage.withImport(new CaImport.Pem(importCaCert, importCaKey));
    }

    /** The recorded NDES of {@code --profile}; it brings its own chain, so it excludes the options that choose a CA. */
    private Optional<dev.mockndes.common.profile.NdesProfile> recordedProfile(Scenario start) {
        boolean given = profile != null && !profile.toString().isEmpty();
        if (start.profile() != null && given && !Path.of(start.profile()).equals(profile.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--profile " + profile + " and the scenario's profile: " + start.profile()
                    + " disagree: give one of them");
        }
        Path file = given ? profile : start.profile() != null ? Path.of(start.profile()) : null;
        if (file == null) {
            return Optional.empty();
        }
        for (var clash : List.of(Map.entry("--data-dir", dataDir != null && !dataDir.toString().isEmpty()),
                Map.entry("--import-ca-cert", importCaCert != null), Map.entry("--import-ca-p12", importCaP12 != null),
                Map.entry("--two-tier", twoTier))) {
            if (clash.getValue()) {
                throw new IllegalArgumentException((given ? "--profile" : "the scenario's profile:") + " and " + clash.getKey() + " both choose the CA: the profile makes its own "
                        + "chain in the recorded shape, so drop " + clash.getKey());
            }
        }
        try {
            return Optional.of(dev.mockndes.common.profile.ProfileFiles.read(file));
        } catch (dev.mockndes.common.profile.ProfileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The optional RFC 8894 features. */
    private ProtocolSettings protocol() {
        ApprovalSettings settings = approval == ApprovalMode.MANUAL ? ApprovalSettings.manual() : ApprovalSettings.auto();
        if (autoApproveAfterPolls != null) {
            settings = settings.afterPolls(autoApproveAfterPolls);
        }
        if (autoApproveAfter != null) {
            settings = settings.after(autoApproveAfter);
        }
        ProtocolSettings protocol = ProtocolSettings.defaults().withApproval(settings)
                .withSigningTimeTolerance(Optional.of(signingTimeTolerance).filter(t -> !t.isZero()))
                .withNextCa(nextCa == NextCaMode.GENERATE);
        if (renewalWindow != null) {
            protocol = protocol.withRenewalWindow(renewalWindow);
        }
        if (crlBaseUrl != null && !crlBaseUrl.isEmpty()) {
            protocol = protocol.withCrlBaseUrl(crlBaseUrl);
        }
        return protocol;
    }

    /** Plain HTTP unless --tls or --tls-p12 is given. */
    private TlsSettings tls() {
        if (tlsP12 != null) {
            if (!java.nio.file.Files.isReadable(tlsP12)) {
                throw new IllegalArgumentException("--tls-p12: cannot read " + tlsP12 + ": "
                        + (java.nio.file.Files.exists(tlsP12) ? "Permission denied" : "No such file or directory"));
            }
            return TlsSettings.pkcs12(tlsP12, tlsP12Password == null ? "" : tlsP12Password);
        }
        if (!tlsEnabled) {
            return TlsSettings.none();
        }
        List<String> hosts = tlsHosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("--tls-host: give at least one host name");
        }
        return TlsSettings.issued(hosts);
    }

    /** @throws IllegalArgumentException with the loader's {@code file:line:col: message} or the known names */
    private Scenario scenario() {
        if (scenario == null || scenario.isEmpty()) {
            return Scenario.healthy(); // the library's healthy, read alone: no library to parse at start-up
        }
        try {
            return ScenarioLibrary.resolve(scenario);
        } catch (ScenarioException | java.util.NoSuchElementException e) {
            throw CliErrors.scenarioFailure("--scenario " + scenario, e);
        }
    }

    private List<Capability> capabilities() {
        if (caps == null) {
            return capsProfile.capabilities();
        }
        List<Capability> chosen = new ArrayList<>();
        for (String keyword : caps) {
            chosen.add(Capability.fromWire(keyword.trim()).orElseThrow(() -> new IllegalArgumentException(
                    "--caps: unknown capability '" + keyword + "' (known: "
                            + String.join(", ", Arrays.stream(Capability.values()).map(Capability::wire).toList()) + ")")));
        }
        return chosen;
    }
}
