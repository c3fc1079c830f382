package dev.mockndes.ndes.connector;

import dev.mockndes.ndes.log.EventLevel;
import dev.mockndes.ndes.log.IisRequest;
import dev.mockndes.ndes.log.TraceEntry;
import dev.mockndes.web.IisErrorPage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The NDES plugin (the Intune policy module) calling the certificate registration point, as the
 * logs of a real NDES server show it. {@link #verify} is one PKIOperation's challenge check:
 * <pre>
 *   IIS log      POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - … NDES_Plugin - 201 0 0 …
 *   NDESPlugin   Calling VerifyRequest ... / Sending request to certificate registration point.
 *                Verify challenge returns true / Exiting VerifyRequest with 0x0
 *   svclog       VerifyRequest Started. / Validation Phase 1 (and 3) finished with status True.
 *                VerifyRequest Finished with status True
 *   events       20500 (20501, 20502 for refusals; 5009 and 1310 when the service cannot run)
 * </pre>
 * {@link #reportIssued} is the reporting step after the CA issued ({@code POST .../Notify} 204).
 * Called on the SCEP workers, never on a network thread; the sinks do not block.
 *
 * <p>Our choices where the articles are silent (UNCONFIRMED): the plugin calls the registration
 * point on the same host (c-ip = s-ip, port 443); a refusal exits VerifyRequest with
 * {@value #REFUSED_HRESULT}; the registration point's svclog lines for refusals.
 */
public final class IntuneConnector {
    public static final String VERIFY_PATH = "/CertificateRegistrationSvc/Certificate/VerifyRequest";
    public static final String NOTIFY_PATH = "/CertificateRegistrationSvc/Certificate/Notify";
    public static final String USER_AGENT = "NDES_Plugin";
    public static final int REGISTRATION_POINT_PORT = 443;
    static final String REFUSED_HRESULT = "0x80004005";

    private final ConnectorSinks sinks;
    private final Clock clock;
    private final String serverIp;

    /** @param serverIp the NDES server's address, where the plugin reaches the registration point */
    public IntuneConnector(ConnectorSinks sinks, Clock clock, String serverIp) {
        this.sinks = sinks;
        this.clock = clock;
        this.serverIp = serverIp;
    }

    /**
     * Writes one verification as every hop logs it.
     *
     * @param who a short identification of the request for the events, e.g. "transaction 1A2B for CN=device"
     * @param why for a rejection, the reason the registration point gives (e.g. "subject-mismatch"); otherwise ignored
     */
    public void verify(ConnectorOutcome outcome, String who, String why) {
        long started = System.nanoTime();
        plugin(EventLevel.INFORMATION, "Calling VerifyRequest ...");
        plugin(EventLevel.INFORMATION, "Sending request to certificate registration point.");
        if (outcome.reachedRegistrationPoint()) {
            registrationPoint(outcome, why);
        }
        Instant now = clock.instant();
        sinks.iis().accept(call("POST", VERIFY_PATH, outcome.status(), outcome.substatus(), outcome.win32Status(), started));
        switch (outcome) {
            case VERIFIED -> plugin(EventLevel.INFORMATION, "Verify challenge returns true");
            case INTERMEDIATE_IN_ROOT, SERVICE_ERROR -> plugin(EventLevel.ERROR, "Verify challenge returns "
                    + new String(IisErrorPage.customHtml(outcome.status()), StandardCharsets.ISO_8859_1));
            default -> plugin(EventLevel.WARNING, "Verify challenge returns false");
        }
        plugin(outcome == ConnectorOutcome.VERIFIED ? EventLevel.INFORMATION : EventLevel.ERROR,
                "Exiting VerifyRequest with " + (outcome == ConnectorOutcome.VERIFIED ? "0x0" : REFUSED_HRESULT));
        ConnectorEvents.verification(now, outcome, who, why).ifPresent(sinks.events());
        if (outcome == ConnectorOutcome.SERVICE_ERROR) {
            ConnectorEvents.serviceCannotRun(now).forEach(sinks.events());
        }
    }

    /** The reporting step after the CA issued the certificate of a verified request. */
    public void reportIssued(String who) {
        long started = System.nanoTime();
        plugin(EventLevel.INFORMATION, "Calling Notifyrequest ...");
        plugin(EventLevel.INFORMATION, "Sending request to certificate registration point.");
        crp(EventLevel.INFORMATION, "Notify Started.");
        crp(EventLevel.INFORMATION, "Notify Finished with status True");
        sinks.iis().accept(call("POST", NOTIFY_PATH, 204, 0, 0, started));
        plugin(EventLevel.INFORMATION, "Exiting Notify with 0x0");
        sinks.events().accept(ConnectorEvents.notified(clock.instant(), who));
    }

    /** One line of the registration point's svclog. */
    private record Trace(EventLevel level, String text) {
        static Trace info(String text) {
            return new Trace(EventLevel.INFORMATION, text);
        }

        static Trace error(String text) {
            return new Trace(EventLevel.ERROR, text);
        }
    }

    private void registrationPoint(ConnectorOutcome outcome, String why) {
        crp(EventLevel.INFORMATION, "VerifyRequest Started.");
        validation(outcome, why).forEach(line -> crp(line.level(), line.text()));
        crp(outcome == ConnectorOutcome.VERIFIED ? EventLevel.INFORMATION : EventLevel.ERROR,
                "VerifyRequest Finished with status " + (outcome == ConnectorOutcome.VERIFIED ? "True" : "False"));
    }

    /** Phase 1 reads and decrypts the challenge, phase 3 compares it with the request (our reading of the article's phases). */
    private static List<Trace> validation(ConnectorOutcome outcome, String why) {
        return switch (outcome) {
            case VERIFIED -> List.of(Trace.info("Validation Phase 1 finished with status True."),
                    Trace.info("Validation Phase 3 finished with status True."));
            case CHALLENGE_EXPIRED -> List.of(Trace.info("Validation Phase 1 finished with status True."),
                    Trace.error("The challenge is past its expiry time."), Trace.error("Validation Phase 3 finished with status False."));
            case CHALLENGE_MISMATCH -> List.of(Trace.info("Validation Phase 1 finished with status True."),
                    Trace.error("The challenge does not match the request: " + why + "."),
                    Trace.error("Validation Phase 3 finished with status False."));
            case CHALLENGE_UNREADABLE -> List.of(Trace.error("The SCEP challenge could not be deserialized."),
                    Trace.error("Validation Phase 1 finished with status False."));
            case ENCRYPTION_CERT_MISSING -> List.of(Trace.error("Encryption certificate could not be found in the local machine store."),
                    Trace.error("Validation Phase 1 finished with status False."));
            case SIGNING_CERT_MISSING -> List.of(Trace.error("Signing certificate could not be retrieved. "
                    + "System.Security.Cryptography.CryptographicException: m_safeCertContext is an invalid handle."),
                    Trace.error("Validation Phase 1 finished with status False."));
            case INTERMEDIATE_IN_ROOT, SERVICE_ERROR -> List.of();
        };
    }

    private IisRequest call(String method, String path, int status, int substatus, long win32, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return new IisRequest(clock.instant(), serverIp, method, path, null, REGISTRATION_POINT_PORT, null, serverIp, USER_AGENT,
                null, status, substatus, win32, millis);
    }

    private void plugin(EventLevel level, String text) {
        sinks.ndesPlugin().accept(TraceEntry.of(clock.instant(), level, text));
    }

    private void crp(EventLevel level, String text) {
        sinks.registrationPoint().accept(TraceEntry.of(clock.instant(), level, text));
    }
}
