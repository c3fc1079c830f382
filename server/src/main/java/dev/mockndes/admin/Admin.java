package dev.mockndes.admin;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator may do to a running mock NDES, typed. One facade, two implementations:
 * {@link LocalAdmin} inside the server's process (the admin API's actions, the JUnit extension,
 * tests) and {@link HttpAdmin} over the admin API (the CLI, and any other process). A call answers
 * the same through either; a refusal is an {@link AdminException} carrying the HTTP status the
 * admin API answers with (400 bad input, 404 unknown, 409 conflict).
 */
public interface Admin {

    /** {"status":"ok"} while the server runs; needs no token. */
    Map<String, String> health();

    /** The scenario library: name and title of each. */
    List<ScenarioSummary> scenarios();

    /** The scenario in force. */
    ScenarioView scenario();

    /** Switches to a library scenario; 404 for an unknown name. */
    ScenarioView useScenario(String name);

    /** Switches to a whole scenario given as YAML ({@code extends} resolved against the library); 400 when invalid. */
    ScenarioView useScenarioYaml(String yaml);

    /** Restarts the scenario's counters, phases and random source. */
    ScenarioView resetScenario();

    /** Every queued request, oldest first, whatever its state. */
    PendingList pending();

    /** The CA's Failed Requests: what it denied (scenarios with a {@code ca-refusal} that reaches the CA), oldest first. */
    FailedRequestList failedRequests();

    /** Issues a waiting request now; 404 unknown, 409 no longer waiting. */
    PendingView approve(String transactionId);

    /** Refuses a waiting request (its next poll gets FAILURE badRequest); 404 unknown, 409 no longer waiting. */
    PendingView reject(String transactionId);

    /** The newest {@code limit} issued certificates and the total count. */
    CertificateList certificates(int limit);

    /** Revokes a certificate (RFC 5280 CRLReason, default 0); 404 unknown serial, 409 already revoked. */
    CertificateView revoke(BigInteger serial, Optional<Integer> reason);

    /** The newest lines of one of the NDES logs, oldest first. */
    List<String> recentLines(NdesLog log);
}
