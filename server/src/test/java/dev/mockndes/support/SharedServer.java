package dev.mockndes.support;

import dev.mockndes.ndes.log.LogMark;
import dev.mockndes.MockNdes;
import dev.mockndes.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process mock NDES shared by every test class of the run that asks for the same
 * {@link ServerSetup}: the server module's counterpart of the junit module's
 * {@code MockNdesExtension}, which depends on this module and so cannot be used here.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withChallenge("s3cret"));
 * }</pre>
 *
 * <p><b>Lifetime.</b> The first class that asks for a set-up starts its server, before its own
 * {@code @BeforeAll} methods; later classes asking for an equal set-up get the same server; every
 * server stops when the test run ends. Classes sharing a server must not run concurrently (Surefire's
 * default runs one class after another).
 *
 * <p><b>Reset</b>, before each class and each test: the scenario returns to healthy with fresh
 * counters, phases and random source, and {@link #iisLog()} starts empty. Everything else carries
 * over from earlier classes: the PKI, every certificate issued (compare counts, not totals), the
 * pending queue, one-time passwords, the log files and the logs' recent lines.
 */
public final class SharedServer implements BeforeAllCallback, BeforeEachCallback {
    private static final ExtensionContext.Namespace SERVERS = ExtensionContext.Namespace.create(SharedServer.class);

    private final ServerSetup setup;
    private volatile MockNdes server;
    private volatile LogMark iis = LogMark.NONE;

    private SharedServer(ServerSetup setup) {
        this.setup = setup;
    }

    public static SharedServer of(ServerSetup setup) {
        return new SharedServer(setup);
    }

    /** The running server, for everything else (PKI, scenario, logs, certificates, thumbprints). */
    public MockNdes server() {
        MockNdes now = server;
        if (now == null) {
            throw new IllegalStateException("the shared server is not started yet: register SharedServer in a static field "
                    + "with @RegisterExtension and call it from a test or a @BeforeAll/@BeforeEach method");
        }
        return now;
    }

    /** The SCEP URL devices are given: {@code http://127.0.0.1:PORT/certsrv/mscep/mscep.dll} (https with TLS). */
    public String scepUrl() {
        return server().scepUrl();
    }

    /** The admin API's base URL, without a trailing slash. */
    public String adminUrl() {
        return server().adminUrl();
    }

    /** IIS log lines written since the last reset, oldest first. */
    public List<String> iisLog() {
        return iis.since(server().logs().iis().recentLines());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root context's store closes the servers (AutoCloseable) when the whole run ends.
        server = context.getRoot().getStore(SERVERS).getOrComputeIfAbsent(setup, SharedServer::start, MockNdes.class);
        reset();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    /** Puts the server back as a test finds it; see the class documentation. */
    public void reset() {
        server().scenario().use(Scenario.healthy());
        iis = LogMark.at(server().logs().iis().recentLines());
    }

    private static MockNdes start(ServerSetup setup) {
        try {
            return MockNdes.start(setup.config());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the shared mock-ndes for " + setup, e);
        }
    }
}
