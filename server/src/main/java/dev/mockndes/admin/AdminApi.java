package dev.mockndes.admin;

import dev.mockndes.enroll.IntuneChallenges;
import dev.mockndes.transport.RequestJournal;
import java.time.Duration;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The mock-ndes admin API (JSON, its own listener, loopback by default): every route, in this one
 * table, each described in {@code docs/openapi.json} (served at {@code /openapi.json}; a test keeps
 * the two in step). Each action is one small class; the ones that change state call the {@link Admin} facade,
 * which the CLI and the JUnit extension also use. Public routes need no token; blocking ones (they
 * sign or force a journal) run on the server's workers, never on the event loop.
 */
public final class AdminApi {
    /** How long POST /devices/run waits for a device before it reports "timeout". */
    static final Duration DEVICE_DEADLINE = Duration.ofSeconds(30);

    /**
     * What the routes show besides the facade.
     *
     * @param trustAnchor       the certificate devices pin (the root in a two-tier PKI)
     * @param scepUrl           the URL devices enrol at
     * @param intune            where POST /intune/challenges mints challenges
     * @param challengeValidity how long a minted challenge lasts unless the call says otherwise
     * @param journal           the requests the site received, for GET /requests
     * @param devices           the emulated devices of GET /devices and POST /devices/run
     */
    public record Parts(X509CertificateHolder trustAnchor, String scepUrl, IntuneChallenges intune, Duration challengeValidity,
                        RequestJournal journal, DeviceRunner devices) {
    }

    private AdminApi() {
    }

    public static AdminRoutes routes(Admin admin, Parts parts) {
        return new AdminRoutes()
                .onPublic("GET", "/", new DashboardFile("index.html"))
                .onPublic("GET", "/dashboard.css", new DashboardFile("dashboard.css"))
                .onPublic("GET", "/dashboard.js", new DashboardFile("dashboard.js"))
                .onPublic("GET", "/openapi.json", new OpenApiDocument())
                .onPublic("GET", "/health", request -> Json.ok(admin.health()))
                .on("GET", "/ca", new ShowCa(parts.trustAnchor(), parts.scepUrl()))
                .on("POST", "/intune/challenges", new MintIntuneChallenge(parts.intune(), parts.challengeValidity()))
                .on("GET", NdesLog.IIS.path(), new ShowRecentLines(admin, NdesLog.IIS))
                .on("GET", NdesLog.HTTPERR.path(), new ShowRecentLines(admin, NdesLog.HTTPERR))
                .on("GET", NdesLog.EVENTS.path(), new ShowRecentLines(admin, NdesLog.EVENTS))
                .on("GET", NdesLog.NDES_PLUGIN.path(), new ShowRecentLines(admin, NdesLog.NDES_PLUGIN))
                .on("GET", NdesLog.CERTIFICATE_REGISTRATION_POINT.path(), new ShowRecentLines(admin, NdesLog.CERTIFICATE_REGISTRATION_POINT))
                .on("GET", "/requests", request -> Json.ok(parts.journal().entries()))
                .on("GET", "/scenarios", new ListScenarios(admin))
                .on("GET", "/scenario", new ShowScenario(admin))
                // On the workers: a switch may read a profile file or make a TLS defect's certificates.
                .onBlocking("PUT", "/scenario", new UseScenario(admin))
                .on("POST", "/reset", new ResetScenario(admin))
                .onBlocking("GET", "/certificates", new ListCertificates(admin))
                .onBlocking("POST", RevokeCertificate.PATH, new RevokeCertificate(admin))
                .on("GET", "/pending", new ListPending(admin))
                .on("GET", "/ca/failed-requests", new ListFailedRequests(admin))
                .onBlocking("POST", "/pending/{transactionId}/approve", new DecidePending(admin, Admin::approve))
                .onBlocking("POST", "/pending/{transactionId}/reject", new DecidePending(admin, Admin::reject))
                .on("GET", "/devices", new ListDevices(parts.devices()))
                .on("GET", "/devices/apple.mobileconfig", new DownloadAppleProfile(parts.scepUrl(),
                        dev.mockndes.pki.Certificates.encoded(parts.trustAnchor())))
                .on("GET", "/devices/apple.mobileconfig.svg", new ShowAppleProfileQr())
                .on("GET", "/devices/windows-csp.xml", new DownloadWindowsCsp(parts.scepUrl(),
                        dev.mockndes.pki.Thumbprints.of(dev.mockndes.pki.Certificates.encoded(parts.trustAnchor())).sha1()))
                .onAsync("POST", "/devices/run", new RunDevice(parts.devices(), DEVICE_DEADLINE,
                        () -> java.util.Optional.ofNullable(admin.scenario().breaks()).flatMap(dev.mockndes.scenario.Breaks::where)));
    }
}
