package dev.mockndes.admin;

import dev.mockndes.enroll.IntuneChallenges;
import dev.mockndes.fault.ActiveScenario;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.transport.RequestJournal;
import dev.mockndes.ndes.log.NdesLogs;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The mock-ndes admin API (JSON, its own listener, loopback by default). Routes:
 * <pre>
 *   GET  /health              {"status":"ok"}
 *   POST /intune/challenges   mint an Intune challenge bound to a subject and SANs
 *   GET  /logs/iis            the last IIS log lines (text), ?lines=N
 *   GET  /logs/httperr        the last HTTPERR lines (text), ?lines=N
 *   GET  /events              the last Windows events (JSON lines), ?lines=N
 *   GET  /requests            the last requests the site received and the fault applied to each
 *   GET  /scenarios, GET|PUT /scenario, POST /reset   see {@link ScenarioRoutes}
 *   GET  /pending, POST /pending/{id}/approve|reject   see {@link PendingRoutes} (registered by MockNdes)
 * </pre>
 */
public final class AdminApi {
    private AdminApi() {
    }

    public static AdminRoutes routes(IntuneChallenges intune, Duration challengeValidity, NdesLogs logs, ActiveScenario scenario,
                                     Supplier<ScenarioLibrary> library, RequestJournal journal) {
        return new ScenarioRoutes(scenario, library).register(new AdminRoutes())
                .on("GET", "/health", request -> Json.ok(Map.of("status", "ok")))
                .on("POST", "/intune/challenges", new IntuneChallengeRoute(intune, challengeValidity))
                .on("GET", "/logs/iis", new RecentLinesRoute(logs.iis(), "text/plain"))
                .on("GET", "/logs/httperr", new RecentLinesRoute(logs.httpErr(), "text/plain"))
                .on("GET", "/events", new RecentLinesRoute(logs.events(), "application/x-ndjson"))
                .on("GET", "/requests", request -> Json.ok(journal.entries()));
    }
}
