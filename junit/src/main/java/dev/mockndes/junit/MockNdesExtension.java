package dev.mockndes.junit;

import dev.mockndes.ndes.log.LogMark;
import dev.mockndes.transport.ListenException;
import dev.mockndes.MockNdes;
import dev.mockndes.admin.LocalAdmin;
import dev.mockndes.admin.NdesLog;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.pki.Certificates;
import dev.mockndes.scenario.Scenario;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.function.Supplier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * An in-process mock NDES for JUnit 5 tests, on free loopback ports.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockNdesExtension ndes = MockNdesExtension.builder().scenario("healthy").challenge("s3cret").build();
 * }</pre>
 *
 * <p><b>Lifetime.</b> In a {@code static} field the server starts before the class's {@code @BeforeAll}
 * methods and stops after its {@code @AfterAll} methods: one server per test class, shared by its
 * {@code @Nested} classes. In an instance field every test gets a server of its own. Tests of one
 * class must not run concurrently against a shared server (JUnit's default is sequential).
 *
 * <p><b>Reset</b>, before every test and whenever {@link #reset()} is called:
 * <ul>
 *   <li>the scenario returns to the builder's one with fresh counters, phases and random source
 *       (switching back raises its Windows events again; if it never left, only the counters restart);</li>
 *   <li>{@link #iisLog()}, {@link #httpErrLog()}, {@link #events()} and {@link #issuedCertificates()}
 *       start empty: they show what happened since the reset.</li>
 * </ul>
 * Not reset: the CA and RA keys (one PKI per server), one-time passwords and Intune challenges
 * already handed out, the log files, and {@code server().admin()}, which sees everything.
 *
 * <p>Test methods and constructors may declare a {@code MockNdesExtension} or {@link MockNdes}
 * parameter to get this extension or its server.
 */
public final class MockNdesExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, AutoCloseable {
    private final Supplier<ServerConfig> settings;
    private volatile Running running;

    /** @param settings makes the configuration when the server starts (so a bad scenario fails the test, not class loading) */
    MockNdesExtension(Supplier<ServerConfig> settings) {
        this.settings = settings;
    }

    public static MockNdesBuilder builder() {
        return new MockNdesBuilder();
    }

    /** The SCEP URL devices are given: {@code http://127.0.0.1:PORT/certsrv/mscep/mscep.dll} (https with TLS). */
    public String scepUrl() {
        return server().scepUrl();
    }

    /** The admin API's base URL, without a trailing slash. */
    public String adminUrl() {
        return server().adminUrl();
    }

    /** The certificate devices must trust: the root in a two-tier PKI, else the CA itself. */
    public X509Certificate caCertificate() {
        return Certificates.toX509(server().pki().trustAnchor());
    }

    /**
     * Switches the scenario, atomically, until the next reset.
     *
     * @param nameOrFile a built-in scenario name ({@code app-pool-stopped}) or the path of a YAML file
     *                   (anything ending in {@code .yaml}/{@code .yml} or containing a path separator)
     * @throws java.util.NoSuchElementException for an unknown name, naming the known ones
     * @throws dev.mockndes.scenario.ScenarioException for a bad file, with {@code file:line:col}
     */
    public void useScenario(String nameOrFile) {
        useScenario(Scenarios.resolve(nameOrFile));
    }

    /** Switches to the scenario in this YAML file until the next reset. */
    public void useScenario(Path file) {
        useScenario(Scenarios.resolve(file));
    }

    /** Switches to this scenario until the next reset. */
    public void useScenario(Scenario scenario) {
        server().admin().useScenario(scenario);
    }

    /** The scenario in force. */
    public Scenario scenario() {
        return server().admin().currentScenario();
    }

    /** IIS log lines (W3C format, as in {@code u_exYYMMDD.log}) written since the last reset, oldest first. */
    public List<String> iisLog() {
        return log(NdesLog.IIS);
    }

    /** HTTPERR log lines written since the last reset, oldest first. */
    public List<String> httpErrLog() {
        return log(NdesLog.HTTPERR);
    }

    /** Windows events (one JSON object per line) raised since the last reset, oldest first. */
    public List<String> events() {
        return log(NdesLog.EVENTS);
    }

    /**
     * The lines of any log the admin API serves, written since the last reset, oldest first: e.g.
     * {@code log(NdesLog.NDES_PLUGIN)} for the Intune connector's NDESPlugin.log in {@code intune} mode.
     */
    public List<String> log(NdesLog log) {
        return running().marks().get(log).since(server().admin().recentLines(log));
    }

    /**
     * Certificates issued since the last reset, oldest first, at most the last 10,000.
     * {@code server().admin().certificates(limit)} lists every one.
     */
    public List<X509Certificate> issuedCertificates() {
        Running now = running();
        long since = now.server.admin().certificates(0).count() - now.issuedBefore;
        List<X509CertificateHolder> newestFirst = now.server.admin().recentCertificates((int) Math.min(since, 10_000));
        List<X509Certificate> certificates = new ArrayList<>();
        newestFirst.forEach(holder -> certificates.add(Certificates.toX509(holder)));
        Collections.reverse(certificates);
        return certificates;
    }

    /** The running server, for everything else (PKI, one-time passwords, Intune challenges, logs, thumbprints). */
    public MockNdes server() {
        return running().server;
    }

    /** The configuration the server was started with. */
    public ServerConfig config() {
        return running().config;
    }

    /** Puts the server back as a test finds it; see the class documentation. Called before every test. */
    public void reset() {
        Running now = running();
        LocalAdmin admin = now.server.admin();
        if (admin.currentScenario() == now.config.scenario()) {
            admin.resetScenario();
        } else {
            admin.useScenario(now.config.scenario());
        }
        running = now.marked();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        start(context.getUniqueId());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        start(context.getUniqueId());
        reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedBy(context.getUniqueId());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context.getUniqueId());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockNdesExtension.class || type == MockNdes.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            start(context.getUniqueId()); // a constructor of a PER_CLASS test class is resolved before beforeAll
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting mock-ndes", e);
        }
        return parameter.getParameter().getType() == MockNdes.class ? server() : this;
    }

    /** Stops the server if it runs. */
    @Override
    public synchronized void close() {
        Running now = running;
        running = null;
        if (now != null) {
            now.server.close();
        }
    }

    /** Starts the server unless it runs; {@code owner} is the JUnit context that will stop it. */
    synchronized void start(String owner) throws InterruptedException {
        if (running == null) {
            ServerConfig config = settings.get();
            MockNdes server;
            try {
                server = MockNdes.start(config);
            } catch (ListenException e) {
                throw new IllegalStateException("mock-ndes could not start: " + e.getMessage()
                        + "; leave the ports at 0 (the default) so that a free one is picked", e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("mock-ndes could not start: " + e.getMessage()
                        + "; check the builder's settings (data folder, log folder, imported CA)", e);
            }
            running = new Running(server, config, owner, 0, Map.of()).marked();
        }
    }

    private synchronized void stopIfStartedBy(String context) {
        if (running != null && running.owner.equals(context)) {
            close();
        }
    }

    private Running running() {
        Running now = running;
        if (now == null) {
            throw new IllegalStateException("mock-ndes is not running: register the extension with @RegisterExtension "
                    + "(or use @MockNdesTest) and call it from a test or a @BeforeAll/@BeforeEach method");
        }
        return now;
    }

    /** The server and where the current test's view of its logs and certificates begins. */
    private record Running(MockNdes server, ServerConfig config, String owner, long issuedBefore, Map<NdesLog, LogMark> marks) {
        Running marked() {
            LocalAdmin admin = server.admin();
            Map<NdesLog, LogMark> now = new EnumMap<>(NdesLog.class);
            for (NdesLog log : NdesLog.values()) {
                now.put(log, LogMark.at(admin.recentLines(log)));
            }
            return new Running(server, config, owner, admin.certificates(0).count(), now);
        }
    }
}
