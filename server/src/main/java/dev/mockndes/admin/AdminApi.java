package dev.mockndes.admin;

import dev.mockndes.enroll.IntuneChallenges;
import java.time.Duration;
import java.util.Map;

/**
 * The mock-ndes admin API (JSON, its own listener, loopback by default). Routes:
 * <pre>
 *   GET  /health              {"status":"ok"}
 *   POST /intune/challenges   mint an Intune challenge bound to a subject and SANs
 * </pre>
 */
public final class AdminApi {
    private AdminApi() {
    }

    public static AdminRoutes routes(IntuneChallenges intune, Duration challengeValidity) {
        return new AdminRoutes()
                .on("GET", "/health", request -> Json.ok(Map.of("status", "ok")))
                .on("POST", "/intune/challenges", new IntuneChallengeRoute(intune, challengeValidity));
    }
}
