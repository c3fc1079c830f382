package dev.mockndes.admin;

import dev.mockndes.enroll.FailedRequests;
import dev.mockndes.enroll.PendingQueue;
import dev.mockndes.ndes.log.NdesLogs;
import dev.mockndes.ndes.log.TextLog;
import dev.mockndes.scenario.ActiveScenario;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.store.CertificateStore;
import dev.mockndes.store.PendingRequest;
import dev.mockndes.store.Revocation;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The admin facade inside the server's process, over the server's own parts. Approve, reject,
 * revoke and the certificate listing sign or force a journal: call them off the network threads.
 */
public final class LocalAdmin implements Admin {
    private final ActiveScenario active;
    private final Supplier<ScenarioLibrary> library;
    private final PendingQueue queue;
    private final CertificateStore certificates;
    private final NdesLogs logs;
    private final Clock clock;
    private final FailedRequests failedRequests;
    private final java.util.Optional<dev.mockndes.common.profile.NdesProfile> replaying;

    /** @param library read on first use, so start-up does not pay for parsing the library */
    public LocalAdmin(ActiveScenario active, Supplier<ScenarioLibrary> library, PendingQueue queue, CertificateStore certificates,
                      NdesLogs logs, Clock clock) {
        this(active, library, queue, certificates, logs, clock, new FailedRequests(clock));
    }

    /** @param failedRequests the CA's Failed Requests folder */
    public LocalAdmin(ActiveScenario active, Supplier<ScenarioLibrary> library, PendingQueue queue, CertificateStore certificates,
                      NdesLogs logs, Clock clock, FailedRequests failedRequests) {
        this(active, library, queue, certificates, logs, clock, failedRequests, java.util.Optional.empty());
    }

    /**
     * @param replaying the recorded profile the server was started with ({@code --profile} or the start
     *                  scenario's {@code profile:}): a scenario naming another one cannot be switched to,
     *                  since a profile's chain is made at start
     */
    public LocalAdmin(ActiveScenario active, Supplier<ScenarioLibrary> library, PendingQueue queue, CertificateStore certificates,
                      NdesLogs logs, Clock clock, FailedRequests failedRequests,
                      java.util.Optional<dev.mockndes.common.profile.NdesProfile> replaying) {
        this.failedRequests = failedRequests;
        this.replaying = replaying;
        this.active = active;
        this.library = library;
        this.queue = queue;
        this.certificates = certificates;
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public Map<String, String> health() {
        return Map.of("status", "ok");
    }

    @Override
    public List<ScenarioSummary> scenarios() {
        return library.get().list().stream().map(s -> new ScenarioSummary(s.name(), s.title())).toList();
    }

    @Override
    public ScenarioView scenario() {
        return ScenarioView.of(active.current());
    }

    @Override
    public ScenarioView useScenario(String name) {
        try {
            return useScenario(library.get().get(name));
        } catch (NoSuchElementException e) {
            throw new AdminException(404, e.getMessage());
        }
    }

    @Override
    public ScenarioView useScenarioYaml(String yaml) {
        try {
            return useScenario(library.get().parse("request body", yaml));
        } catch (ScenarioException e) {
            throw new AdminException(400, e.getMessage());
        }
    }

    /** Switches to a scenario already loaded in this process (e.g. from a file beside a test). */
    public ScenarioView useScenario(Scenario scenario) {
        if (scenario.profile() != null && !java.util.Optional.of(readProfile(scenario)).equals(replaying)) {
            throw new AdminException(409, "scenario '" + scenario.name() + "' looks like the NDES recorded in " + scenario.profile()
                    + ", and this server was started " + (replaying.isPresent() ? "with another profile" : "without one")
                    + "; a profile's certificates are made at start: restart with 'mock-ndes serve --scenario FILE'");
        }
        active.use(scenario);
        return ScenarioView.of(scenario);
    }

    private static dev.mockndes.common.profile.NdesProfile readProfile(Scenario scenario) {
        try {
            return dev.mockndes.common.profile.ProfileFiles.read(java.nio.file.Path.of(scenario.profile()));
        } catch (dev.mockndes.common.profile.ProfileException e) {
            throw new AdminException(400, e.getMessage());
        }
    }

    /** The scenario in force, as loaded (rules and all), for callers in this process. */
    public Scenario currentScenario() {
        return active.current();
    }

    @Override
    public ScenarioView resetScenario() {
        active.reset();
        return scenario();
    }

    @Override
    public FailedRequestList failedRequests() {
        return new FailedRequestList(failedRequests.list().stream().map(FailedRequestView::of).toList());
    }

    @Override
    public PendingList pending() {
        return new PendingList(queue.list().stream().map(PendingView::of).toList());
    }

    @Override
    public PendingView approve(String transactionId) {
        return decide(transactionId, queue::approve);
    }

    @Override
    public PendingView reject(String transactionId) {
        return decide(transactionId, queue::reject);
    }

    private static PendingView decide(String transactionId, Function<String, Optional<PendingRequest>> decision) {
        try {
            return decision.apply(transactionId).map(PendingView::of)
                    .orElseThrow(() -> new AdminException(404, "no pending transaction " + transactionId));
        } catch (IllegalStateException e) {
            throw new AdminException(409, e.getMessage());
        }
    }

    @Override
    public CertificateList certificates(int limit) {
        return new CertificateList(certificates.count(), certificates.recent(limit).stream().map(this::view).toList());
    }

    /** The newest {@code limit} issued certificates themselves, newest first, for callers in this process. */
    public List<X509CertificateHolder> recentCertificates(int limit) {
        return certificates.recent(limit);
    }

    @Override
    public CertificateView revoke(BigInteger serial, Optional<Integer> reason) {
        Revocation revocation;
        try {
            revocation = new Revocation(serial, clock.instant(), reason.orElse(0));
        } catch (IllegalArgumentException badReason) {
            throw new AdminException(400, badReason.getMessage());
        }
        X509CertificateHolder certificate = certificates.find(serial)
                .orElseThrow(() -> new AdminException(404, "this CA issued no certificate with serial " + serial.toString(16)));
        if (!certificates.revoke(revocation)) {
            throw new AlreadyRevoked(view(certificate));
        }
        return view(certificate);
    }

    private CertificateView view(X509CertificateHolder certificate) {
        return CertificateView.of(certificate, certificates.revocation(certificate.getSerialNumber()));
    }

    @Override
    public List<String> recentLines(NdesLog log) {
        return textLog(log).recentLines();
    }

    private TextLog<?> textLog(NdesLog log) {
        return switch (log) {
            case IIS -> logs.iis();
            case HTTPERR -> logs.httpErr();
            case EVENTS -> logs.events();
            case NDES_PLUGIN -> logs.ndesPlugin();
            case CERTIFICATE_REGISTRATION_POINT -> logs.certificateRegistrationPoint();
        };
    }
}
