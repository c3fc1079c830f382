package dev.mockndes;

import dev.mockndes.admin.AdminApi;
import dev.mockndes.admin.LocalAdmin;
import dev.mockndes.admin.DeviceRunners;
import dev.mockndes.config.FidelitySettings;
import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.enroll.ApprovalSettings;
import dev.mockndes.enroll.CaIssuer;
import dev.mockndes.enroll.PendingQueue;
import dev.mockndes.enroll.RenewalPolicy;
import dev.mockndes.ndes.CrlPublication;
import dev.mockndes.pki.CrlDistributionPoint;
import dev.mockndes.enroll.CrlIssuer;
import dev.mockndes.pki.NextCa;
import dev.mockndes.scenario.ScenarioApproval;
import dev.mockndes.scep.ScepOperations;
import java.util.Optional;
import dev.mockndes.ndes.auth.AdminUser;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.enroll.ChallengePolicy;
import dev.mockndes.scenario.ActiveScenario;
import dev.mockndes.enroll.EnrolmentChain;
import dev.mockndes.enroll.IntuneChallenges;
import dev.mockndes.enroll.OneTimePasswords;
import dev.mockndes.ndes.IisLogObserver;
import dev.mockndes.ndes.IisSite;
import dev.mockndes.ndes.MscepAdminApplication;
import dev.mockndes.ndes.MscepApplication;
import dev.mockndes.ndes.MscepOverrides;
import dev.mockndes.scep.ForcedReplies;
import dev.mockndes.ndes.auth.HttpAuthenticator;
import dev.mockndes.ndes.auth.WindowsAuthSettings;
import dev.mockndes.ndes.log.EventLevel;
import dev.mockndes.ndes.log.NdesLogs;
import dev.mockndes.ndes.log.WindowsEvent;
import dev.mockndes.ndes.FolderRedirect;
import dev.mockndes.ndes.NdesEvents;
import dev.mockndes.ndes.connector.ConnectorChallenges;
import dev.mockndes.ndes.connector.ConnectorReporting;
import dev.mockndes.ndes.connector.ConnectorSinks;
import dev.mockndes.ndes.connector.IntuneConnector;
import dev.mockndes.enroll.FailedRequests;
import dev.mockndes.ndes.NdesPages;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.Credential;
import dev.mockndes.pki.TlsServerCertificates;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.EphemeralCa;
import dev.mockndes.pki.RaCredentials;
import dev.mockndes.ndes.CapsWhileStarting;
import dev.mockndes.scep.ScepResponse;
import dev.mockndes.scep.ScepService;
import dev.mockndes.web.WebApplication;
import dev.mockndes.pki.ProfilePki;
import dev.mockndes.ndes.ProfileReplay;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.scep.NdesScepService;
import dev.mockndes.store.CertificateStore;
import dev.mockndes.store.DataStores;
import dev.mockndes.store.NextCaFolder;
import dev.mockndes.store.PendingStore;
import dev.mockndes.transport.EventLoops;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.transport.HttpListener;
import dev.mockndes.transport.RequestJournal;
import dev.mockndes.transport.TlsContexts;
import dev.mockndes.fault.TlsDefect;
import dev.mockndes.pki.DefectiveTlsCertificates;
import dev.mockndes.transport.ServerTls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A running mock NDES, assembled from one {@link ServerConfig}: the PKI, the challenge policy and
 * enrolment chain, the SCEP service, the IIS site with its applications, and the admin API. This is
 * the in-process entry point tests and the CLI share.
 *
 * <p>All crypto runs on the JDK's own providers (SunRsaSign, SunJCE: RSA, DES, 3DES, AES, every
 * SHA), except the ECDH key agreement of replies to EC-keyed requesters, which runs on a Bouncy
 * Castle provider object made on first use; Bouncy Castle is never registered as a provider, which
 * keeps start-up fast and the JVM's provider list the embedder's own.
 */
public final class MockNdes implements AutoCloseable {
    /** PKIOperations waiting for a worker beyond this are refused with 503 instead of queuing without bound. */
    private static final int WORK_QUEUE = 4096;
    /** How long a dashboard-run device waits for each answer (the admin route gives up on the whole run at 30 s). */
    private static final java.time.Duration DEVICE_ANSWER_TIMEOUT = java.time.Duration.ofSeconds(20);
    /** Requests kept for GET /requests. */
    private static final int JOURNAL_SIZE = 1000;
    private static final java.time.Duration WORKERS_STOP_BUDGET = java.time.Duration.ofMillis(1200);

    private final Pki pki;
    private final DataStores stores;
    private final CertificateStore certificates;
    private final OneTimePasswords passwords;
    private final IntuneChallenges intune;
    private final NdesLogs logs;
    private final java.nio.file.Path logDir;
    private final ActiveScenario scenario;
    private final EventLoops loops;
    private final ExecutorService workers;
    private final HttpListener site;
    private final HttpListener admin;
    private final Rfc8894 protocol;
    private final LocalAdmin localAdmin;
    private final StartupTimeline startup;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** The protocol parts beyond enrolment: pending queue, CRL, CA rollover. */
    private record Rfc8894(PendingQueue queue, CrlIssuer crls, CrlDistributionPoint crlPoint, Optional<NextCa> nextCa) {
    }

    private MockNdes(DataStores stores, OneTimePasswords passwords, IntuneChallenges intune, NdesLogs logs, java.nio.file.Path logDir,
                     ActiveScenario scenario, EventLoops loops,
                     ExecutorService workers, HttpListener site, HttpListener admin, Rfc8894 protocol, LocalAdmin localAdmin,
                     StartupTimeline startup) {
        this.localAdmin = localAdmin;
        this.startup = startup;
        this.stores = stores;
        this.pki = stores.pki();
        this.certificates = stores.certificates();
        this.passwords = passwords;
        this.intune = intune;
        this.logs = logs;
        this.logDir = logDir;
        this.scenario = scenario;
        this.loops = loops;
        this.workers = workers;
        this.site = site;
        this.admin = admin;
        this.protocol = protocol;
    }

    public static MockNdes start(ServerConfig config) throws InterruptedException {
        return start(config, new StartupTimeline());
    }

    /** Starts, recording the phases of the start in {@code startup} (see {@link #startup()}). */
    public static MockNdes start(ServerConfig config, StartupTimeline startup) throws InterruptedException {
        return start(config, startup, Optional.empty());
    }

    /**
     * An ephemeral CA whose generation began before the configuration was complete: key generation
     * is most of a start, so the CLI begins it before reading the rest of the command line.
     */
    public record PkiHeadStart(PkiSettings settings, CompletableFuture<EphemeralCa> ca) {
        /** Begins generating the CA's key and certificate on their own (daemon) thread. */
        public static PkiHeadStart begin(PkiSettings settings, StartupTimeline startup) {
            return new PkiHeadStart(settings, generateCa(settings, Clock.systemUTC(), startup));
        }

        /** Whether this is the CA {@code config} asks for: an ephemeral CA with the same settings. */
        boolean serves(ServerConfig config) {
            return ephemeral(config) && config.pki().equals(settings);
        }
    }

    /**
     * Starts with the CA of {@code headStart} when it is the one {@code config} asks for; otherwise (a
     * data folder, an imported CA, other settings) the head start is left to finish unused.
     *
     * <p>An ephemeral PKI is made in two steps ({@link EphemeralCa}): the CA before the server is
     * ready, the RA pair once both listeners accept connections. Until then GetCACaps is answered and
     * the operations that need the RA pair wait for it on the workers.
     */
    public static MockNdes start(ServerConfig config, StartupTimeline startup, Optional<PkiHeadStart> headStart)
            throws InterruptedException {
        Clock clock = Clock.systemUTC();
        // Key generation dominates start-up: it runs while the logs, threads and listeners are set up.
        // A recorded profile (--profile) brings the shape of its own chain, generated here instead of the usual PKI.
        Optional<CompletableFuture<ProfilePki>> replayed = config.ndes().profile().map(recorded -> CompletableFuture.supplyAsync(
                () -> startup.time("the recorded profile's CA and RA certificates",
                        () -> ProfilePki.generate(recorded.caCert(), recorded.recordedInstant(), config.pki(), clock)),
                task -> new NamedThreads("pki-start").newThread(task).start()));
        Optional<CompletableFuture<EphemeralCa>> ephemeralCa = headStart.filter(head -> head.serves(config)).map(PkiHeadStart::ca)
                .or(() -> ephemeral(config) ? Optional.of(generateCa(config.pki(), clock, startup)) : Optional.empty());
        CompletableFuture<RaCredentials> raPair = new CompletableFuture<>();
        CompletableFuture<DataStores> opening = replayed.map(generating -> generating.thenApply(made -> DataStores.inMemory(made.pki())))
                .or(() -> ephemeralCa.map(generating -> generating.thenApply(ca -> DataStores.inMemory(ca.withRaPair(raPair)))))
                .orElseGet(() -> CompletableFuture.supplyAsync(
                        () -> startup.time(config.storage().dataDir().isPresent() ? "PKI and stores from the data folder"
                                        : "RSA keys, CA and RA certificates",
                                () -> DataStores.open(config.storage(), config.pki(), clock, warning -> System.err.println("mock-ndes: " + warning))),
                        task -> new NamedThreads("pki-start").newThread(task).start()));
        NdesLogs logs;
        try {
            logs = startup.time("log files", () -> openLogs(config, clock));
        } catch (RuntimeException e) {
            opening.thenAccept(DataStores::close);
            throw e;
        }
        long threadsStart = System.nanoTime();
        ExecutorService workers = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WORK_QUEUE), new NamedThreads("scep-worker"));
        EventLoops loops = EventLoops.create(config.workers());
        startup.record("worker and network threads", threadsStart);
        HttpListener site = null;
        DataStores stores = null;
        try {
            long waiting = System.nanoTime();
            stores = opened(opening);
            startup.record("waiting for the PKI", waiting);
            long assembling = System.nanoTime();
            Pki pki = stores.pki();
            ChallengeSettings challenge = config.challenge();
            OneTimePasswords passwords = new OneTimePasswords(clock, challenge.lifetime(), challenge.cacheSize(), challenge.passwordChars());
            IntuneChallenges intune = new IntuneChallenges(clock, challenge.intuneBytes());
            CertificateStore certificates = stores.certificates();
            ActiveScenario scenario = new ActiveScenario(config.scenario(), switched -> switched.events().forEach(event ->
                    logs.events().write(new WindowsEvent(clock.instant(), event.log(), event.source(), event.eventId(),
                            EventLevel.fromWire(event.level()), event.message()))));
            ProtocolSettings protocol = config.protocol();
            CrlDistributionPoint crlPoint = new CrlDistributionPoint(pki.ca().certificate().getSubject());
            // A scenario's approval mode wins while it is in force.
            Supplier<ApprovalSettings> approval = () -> Optional.ofNullable(scenario.current().approval())
                    .map(ScenarioApproval::settings).orElse(protocol.approval());
            PendingQueue queue = new PendingQueue(stores.pending(), certificates, approval, clock,
                    new CaIssuer(pki.ca(), certificates, crlPoint::extensions));
            FidelitySettings fidelity = config.ndes().fidelity();
            NdesEvents ndesEvents = new NdesEvents(logs.events()::write, clock);
            FailedRequests failedRequests = new FailedRequests(clock);
            IntuneConnector connector = new IntuneConnector(ConnectorSinks.of(logs), clock, hostAddress(config.bind()));
            var chain = EnrolmentChain.of(policy(challenge, passwords, intune), new ConnectorChallenges(connector, ndesEvents), queue,
                    fidelity.badChallengeFailInfo());
            // In intune mode the connector reports each certificate issued (its Notify call).
            var enroller = challenge.mode() == ChallengeMode.INTUNE ? new ConnectorReporting(chain, connector) : chain;
            CrlIssuer crls = new CrlIssuer(pki.ca().credential(), certificates, clock);
            Optional<NextCa> nextCa = protocol.nextCa() ? Optional.of(config.storage().dataDir()
                    .map(dir -> NextCaFolder.open(dir, pki, config.pki(), clock))
                    .orElseGet(() -> NextCa.generate(pki, config.pki(), clock))) : Optional.empty();
            var operations = new ScepOperations(enroller, queue, certificates,
                    new RenewalPolicy(certificates, pki.ca().certificate().getSubject(), protocol.renewalWindow(), clock),
                    crls, nextCa, protocol.signingTimeTolerance(), clock);
            // What needs the RA pair is made once it exists: at once, or after the listeners are up (an ephemeral PKI).
            CompletableFuture<ScepService> service = pki.raPair().thenApply(complete -> new NdesScepService(complete,
                    config.capabilities(), operations, fidelity.lenientDecryption()));
            NdesPages pages = new NdesPages(config.ndes().connectorInstalled(), config.ndes().adminCharset());
            Optional<ScepResponse> capsMeanwhile = nextCa.isEmpty() ? Optional.of(CapsWhileStarting.of(config.capabilities())) : Optional.empty();
            MscepApplication mscep = new MscepApplication(service, capsMeanwhile, workers, pages, ndesEvents, fidelity.capsContentType());
            RequestJournal journal = new RequestJournal(JOURNAL_SIZE);
            String md5 = Thumbprints.of(Certificates.encoded(pki.trustAnchor())).md5();
            var windowsAuth = new HttpAuthenticator(WindowsAuthSettings.of(config.ndes().adminUsers().stream()
                    .collect(Collectors.toMap(AdminUser::name, AdminUser::password))).withBasic(fidelity.basicAuth()));
            var admin = new MscepAdminApplication(windowsAuth, config.ndes().adminUsers(), challenge, passwords, pages, () -> md5);
            WebApplication scep = replayed.map(CompletableFuture::join).<WebApplication>map(made -> new ProfileReplay(
                    config.ndes().profile().orElseThrow(), made.caCertBody(config.ndes().profile().orElseThrow().caCert().format()), mscep)).orElse(mscep);
            IisSite iis = new IisSite()
                    .route(ServerConfig.SCEP_PATH, scep)
                    .route(ServerConfig.SCEP_PATH + "/pkiclient.exe", scep)
                    .route(ServerConfig.ADMIN_PATH, admin)
                    .route(ServerConfig.ADMIN_PATH + "/", admin)
                    .route(ServerConfig.ADMIN_PATH + "/mscep.dll", admin)
                    .route(ServerConfig.SCEP_FOLDER, new FolderRedirect())
                    .route(ServerConfig.SCEP_FOLDER + "/", scep)
                    .route(crlPoint.path(), new CrlPublication(crls, workers));
            startup.record("assembling the site", assembling);
            long binding = System.nanoTime();
            Optional<ServerTls> siteTls = tls(config, pki, clock).map(setUp -> setUp.withHandshakesOn(workers));
            // A tls-handshake scenario's certificates are made before it takes force, never by a connection's event loop.
            siteTls.ifPresent(setUp -> {
                setUp.prepare(scenario.tlsDefect());
                scenario.prepareWith(setUp::prepare);
            });
            site = HttpListener.bind(loops, config.bind(), config.port(), iis,
                    new IisLogObserver(logs.iis()::write, logs.httpErr()::write, clock), "Microsoft-IIS/10.0", scenario,
                    new MscepOverrides(pki.raPair().thenApply(complete -> new ForcedReplies(complete, config.pki(), clock)), workers, failedRequests, ndesEvents, connector,
                            fidelity.badChallengeFailInfo()), journal,
                    siteTls, fidelity.httpSysLimits(),
                    // A scenario's error mode wins while it is in force.
                    () -> scenario.current().errorPagesMode().orElse(fidelity.errorPages()));
            startup.record("SCEP listener", binding);
            long adminStart = System.nanoTime();
            String scepUrl = baseUrl(site.scheme(), site.address()) + ServerConfig.SCEP_PATH;
            crlPoint.publishUnder(protocol.crlBaseUrl().orElse(baseUrl(site.scheme(), site.address()) + CrlDistributionPoint.FOLDER));
            LocalAdmin localAdmin = new LocalAdmin(scenario, ScenarioLibrary::builtIn, queue, certificates, logs, clock, failedRequests,
                    config.ndes().profile());
            var adminRoutes = AdminApi.routes(localAdmin, new AdminApi.Parts(pki.trustAnchor(), scepUrl, intune,
                    challenge.lifetime(), journal, DeviceRunners.forServer(scepUrl,
                            Thumbprints.of(Certificates.encoded(pki.trustAnchor())).sha256(), DEVICE_ANSWER_TIMEOUT,
                            siteTls.map(ServerTls::chain).orElse(List.of()))));
            adminRoutes.blockingWorkOn(workers);
            config.adminToken().ifPresent(adminRoutes::requireToken);
            HttpListener adminApi = HttpListener.bind(loops, config.adminBind(), config.adminPort(), adminRoutes, ExchangeObserver.IGNORE,
                    "mock-ndes");
            startup.record("admin API and its listener", adminStart);
            ephemeralCa.ifPresent(ca -> generateRaPair(ca.join(), config.pki(), clock, raPair));
            // Parse the scenario library soon, off the event loops, so the first admin call does not stall them; after
            // the RA pair, which the first enrolments wait for (on one core the two would share it).
            pki.raPair().thenRunAsync(ScenarioLibrary::builtIn, workers);
            return new MockNdes(stores, passwords, intune, logs, config.logDir(), scenario, loops, workers, site, adminApi,
                    new Rfc8894(queue, crls, crlPoint, nextCa), localAdmin, startup);
        } catch (InterruptedException | RuntimeException e) {
            if (site != null) {
                site.close();
            }
            loops.close();
            workers.shutdownNow();
            logs.close();
            if (stores != null) {
                stores.close();
            }
            throw e;
        }
    }

    /** Whether {@code config} asks for a new in-memory PKI: no data folder, no imported CA, no recorded profile. */
    private static boolean ephemeral(ServerConfig config) {
        return config.storage().dataDir().isEmpty() && config.storage().importCa().isEmpty() && config.ndes().profile().isEmpty();
    }

    private static CompletableFuture<EphemeralCa> generateCa(PkiSettings settings, Clock clock, StartupTimeline startup) {
        return CompletableFuture.supplyAsync(() -> startup.time("RSA key and CA certificate", () -> EphemeralCa.generate(settings, clock)),
                task -> new NamedThreads("pki-start").newThread(task).start());
    }

    /**
     * Completes {@code raPair} with a new RA pair for {@code ca}, on a thread of its own: begun once
     * the listeners are up, so that on one core it does not delay them.
     */
    private static void generateRaPair(EphemeralCa ca, PkiSettings settings, Clock clock, CompletableFuture<RaCredentials> raPair) {
        new NamedThreads("pki-ra").newThread(() -> {
            try {
                raPair.complete(ca.newRaPair(settings, clock));
            } catch (RuntimeException | Error e) {
                raPair.completeExceptionally(e);
            }
        }).start();
    }

    /** The stores once opened; a failure to open them is rethrown as it was thrown (one clear line). */
    private static DataStores opened(CompletableFuture<DataStores> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static NdesLogs openLogs(ServerConfig config, Clock clock) {
        try {
            return NdesLogs.open(config.logDir(), clock);
        } catch (IOException e) {
            throw new dev.mockndes.ndes.log.LogFolderException(config.logDir(), e);
        }
    }

    /** The SCEP site's TLS context: none, a PKCS#12 file's key, or a certificate the mock CA issues for the configured hosts. */
    private static Optional<ServerTls> tls(ServerConfig config, Pki pki, Clock clock) {
        TlsSettings tls = config.tls();
        if (!tls.enabled()) {
            return Optional.empty();
        }
        Function<TlsDefect, ServerTls> defects = defect -> defectiveTls(defect, config, pki, clock);
        if (tls.pkcs12().isPresent()) {
            return Optional.of(TlsContexts.fromPkcs12(tls.pkcs12().get(), tls.pkcs12Password()).withDefects(defects));
        }
        Credential server = TlsServerCertificates.issue(pki.ca().credential(), tls.hosts(), config.pki().keyBits(), clock);
        return Optional.of(TlsContexts.of(server.privateKey(), chainUnderCa(server, pki)).withDefects(defects));
    }

    /** The certificate, then the mock CA's certificates. */
    private static List<X509Certificate> chainUnderCa(Credential server, Pki pki) {
        List<X509Certificate> chain = new ArrayList<>(List.of(server.certificate()));
        pki.caCertificates().forEach(ca -> chain.add(Certificates.toX509(ca)));
        return chain;
    }

    /**
     * The site's TLS with one defect (a {@code tls-handshake} scenario), for the configured hosts
     * (localhost with a PKCS#12 file, whose names the mock does not know).
     */
    private static ServerTls defectiveTls(TlsDefect defect, ServerConfig config, Pki pki, Clock clock) {
        List<String> hosts = config.tls().hosts().isEmpty() ? TlsSettings.LOCAL_HOSTS : config.tls().hosts();
        int bits = config.pki().keyBits();
        Credential ca = pki.ca().credential();
        return switch (defect) {
            case EXPIRED_CERTIFICATE -> {
                Credential server = DefectiveTlsCertificates.expired(ca, hosts, bits, clock);
                yield TlsContexts.of(server.privateKey(), chainUnderCa(server, pki));
            }
            case WRONG_HOST -> {
                Credential server = DefectiveTlsCertificates.forAnotherHost(ca, bits, clock);
                yield TlsContexts.of(server.privateKey(), chainUnderCa(server, pki));
            }
            case UNTRUSTED_CHAIN -> {
                List<Credential> chain = DefectiveTlsCertificates.untrusted(hosts, bits, clock);
                yield TlsContexts.of(chain.get(0).privateKey(), chain.stream().map(Credential::certificate).toList());
            }
            case TLS10_ONLY -> {
                Credential server = TlsServerCertificates.issue(ca, hosts, bits, clock);
                yield TlsContexts.oldProtocolOnly(server.privateKey(), chainUnderCa(server, pki));
            }
        };
    }

    private static ChallengePolicy policy(ChallengeSettings settings, OneTimePasswords passwords, IntuneChallenges intune) {
        return switch (settings.mode()) {
            case NONE -> ChallengePolicy.none();
            case STATIC -> ChallengePolicy.fixed(settings.secret().orElseThrow());
            case OTP -> ChallengePolicy.oneTime(passwords);
            case INTUNE -> ChallengePolicy.intune(intune);
        };
    }

    /**
     * The admin facade of this server: what the admin API, the CLI (over HTTP) and the JUnit extension
     * do, typed. Approve, reject, revoke and the certificate listing sign or force a journal: call them
     * off the network threads.
     */
    public LocalAdmin admin() {
        return localAdmin;
    }

    public Pki pki() {
        return pki;
    }

    /** The phases of this server's start and how long each took ({@code serve --verbose} prints them). */
    public StartupTimeline startup() {
        return startup;
    }

    /** Every certificate issued so far, and the revocations. */
    public CertificateStore certificates() {
        return certificates;
    }

    /** Requests waiting for approval (manual mode), and the operator's approve/reject. */
    public PendingQueue pending() {
        return protocol.queue();
    }

    /** The CA's current CRL, as GetCRL and the CRL distribution point serve it. */
    public CrlIssuer crls() {
        return protocol.crls();
    }

    /** The URL issued certificates name as their CRL distribution point. */
    public String crlUrl() {
        return protocol.crlPoint().url().orElseThrow();
    }

    /** The CA rollover material GetNextCACert serves, when configured. */
    public Optional<NextCa> nextCa() {
        return protocol.nextCa();
    }

    /** The pending queue's storage (memory, or the data folder's journal). */
    public PendingStore pendingStore() {
        return stores.pending();
    }

    public OneTimePasswords oneTimePasswords() {
        return passwords;
    }

    public IntuneChallenges intuneChallenges() {
        return intune;
    }

    /** The fault scenario in force; switch it with {@link ActiveScenario#use}. */
    public ActiveScenario scenario() {
        return scenario;
    }

    /** The IIS, HTTPERR and event logs. */
    public NdesLogs logs() {
        return logs;
    }

    /** Where the log files are written. */
    public java.nio.file.Path logDir() {
        return logDir;
    }

    public int port() {
        return site.address().getPort();
    }

    /**
     * The URL devices are given ({@code https} with TLS). A wildcard bind address is shown as
     * loopback, which always reaches it.
     */
    public String scepUrl() {
        return baseUrl(site.scheme(), site.address()) + ServerConfig.SCEP_PATH;
    }

    /** The admin API's base URL, without a trailing slash. */
    public String adminUrl() {
        return baseUrl(admin.scheme(), admin.address());
    }

    /** Thumbprints of the trust anchor (the root in a two-tier PKI), the values MDM profiles are given. */
    public Thumbprints caThumbprints() {
        return Thumbprints.of(Certificates.encoded(pki.trustAnchor()));
    }

    /** The address the server's own logs name it by: the bind address, 127.0.0.1 for a wildcard or a name that does not resolve. */
    private static String hostAddress(String bind) {
        try {
            InetAddress address = InetAddress.getByName(bind);
            return address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return "127.0.0.1";
        }
    }

    private static String baseUrl(String scheme, InetSocketAddress address) {
        InetAddress host = address.getAddress();
        String shown = host.isAnyLocalAddress() ? "127.0.0.1" : host.getHostAddress();
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        return scheme + "://" + shown + ":" + address.getPort();
    }

    /** Stops listening and releases the threads. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            site.close();
            admin.close();
            workers.shutdown();
            awaitWorkers();
            loops.close();
            stores.close();
            logs.close();
        }
    }

    /** Lets enrolments in progress finish (their journal writes, their replies) before the loops and stores close. */
    /**
     * Lets the PKIOperations already taken finish (new ones are refused with 503), for at most
     * {@link #WORKERS_STOP_BUDGET}; with the network threads' 500 ms, a stop takes under 2 s. Work
     * still running after that is abandoned: its client gets no answer, and its certificate, if the
     * store took it, is on disk (a store writes before it returns, and closes under its own lock).
     */
    private void awaitWorkers() {
        try {
            if (!workers.awaitTermination(WORKERS_STOP_BUDGET.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("mock-ndes: stopping with work still running after " + WORKERS_STOP_BUDGET.toMillis()
                        + " ms; a PKIOperation among it gets no answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
