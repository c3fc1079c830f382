package dev.mockndes.admin;

import dev.mockndes.enroll.IntuneChallenges;
import dev.mockndes.scenario.ActiveScenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.transport.RequestJournal;
import dev.mockndes.ndes.log.NdesLogs;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The mock-ndes admin API (JSON, its own listener, loopback by default). Routes:
 * <pre>
 *   GET  /                    the dashboard (HTML; with /dashboard.css and /dashboard.js), no token needed
 *   GET  /health              {"status":"ok"}, no token needed
 *   GET  /ca                  the trust anchor's subject, validity and sha1/sha256/md5 thumbprints; the SCEP URL
 *   POST /intune/challenges   mint an Intune challenge bound to a subject and SANs
 *   GET  /logs/iis            the last IIS log lines (text), ?lines=N
 *   GET  /logs/httperr        the last HTTPERR lines (text), ?lines=N
 *   GET  /events              the last Windows events (JSON lines), ?lines=N
 *   GET  /requests            the last requests the site received and the fault applied to each
 *   GET  /scenarios, GET|PUT /scenario, POST /reset           see {@link ScenarioRoutes}
 *   GET  /certificates, POST /certificates/{serial}/revoke    see {@link CertificateRoutes}
 *   GET  /devices, POST /devices/run                          see {@link DeviceRunRoute}
 *   GET  /pending, POST /pending/{id}/approve|reject         see {@link PendingRoutes} (registered by MockNdes)
 * </pre>
 */
public final class AdminApi {
    /** How long POST /devices/run waits for a device before it reports "timeout". */
    static final Duration DEVICE_DEADLINE = Duration.ofSeconds(30);

    private AdminApi() {
    }

    public static AdminRoutes routes(IntuneChallenges intune, Duration challengeValidity, NdesLogs logs, ActiveScenario scenario,
                                     Supplier<ScenarioLibrary> library, RequestJournal journal, CaAccess ca, DeviceRunner devices) {
        AdminRoutes routes = new DashboardRoute().register(new AdminRoutes())
                .onPublic("GET", "/health", request -> Json.ok(Map.of("status", "ok")))
                .on("GET", "/ca", new CaRoute(ca.trustAnchor(), ca.scepUrl()))
                .on("POST", "/intune/challenges", new IntuneChallengeRoute(intune, challengeValidity))
                .on("GET", "/logs/iis", new RecentLinesRoute(logs.iis(), "text/plain"))
                .on("GET", "/logs/httperr", new RecentLinesRoute(logs.httpErr(), "text/plain"))
                .on("GET", "/events", new RecentLinesRoute(logs.events(), "application/x-ndjson"))
                .on("GET", "/requests", request -> Json.ok(journal.entries()));
        new ScenarioRoutes(scenario, library).register(routes);
        new CertificateRoutes(ca.certificates(), ca.clock()).register(routes);
        return new DeviceRunRoute(devices, DEVICE_DEADLINE).register(routes);
    }
}
