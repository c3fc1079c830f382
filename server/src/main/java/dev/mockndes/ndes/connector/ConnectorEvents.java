package dev.mockndes.ndes.connector;

import dev.mockndes.ndes.log.EventLevel;
import dev.mockndes.ndes.log.WindowsEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Windows events of the connector's verification and reporting. Ids and names are the
 * connector's (20500 CRPVerifyMetric_Success, 20501 CRPVerifyMetric_Warning, 20502
 * CRPVerifyMetric_Failure, 20600 CRPNotifyMetric_Success); events 5009 (WAS) and 1310 (ASP.NET)
 * are Windows' own when CertificateRegistrationSvc cannot run. The sentences are our own words.
 */
final class ConnectorEvents {
    static final String CONNECTOR_LOG = "Microsoft-Intune-CertificateConnectors/Admin";
    static final String CONNECTOR_SOURCE = "Microsoft-Intune-CertificateConnectors";
    static final int VERIFIED = 20500;
    static final int REJECTED = 20501;
    static final int FAILED = 20502;
    static final int NOTIFIED = 20600;
    static final int POOL_TERMINATED = 5009;
    static final int ASP_NET_WARNING = 1310;

    private ConnectorEvents() {
    }

    /** The verification event, or none when the request never reached the registration point's code. */
    static Optional<WindowsEvent> verification(Instant time, ConnectorOutcome outcome, String who, String why) {
        return outcome.diagnostic().map(code -> switch (outcome) {
            case VERIFIED -> new WindowsEvent(time, CONNECTOR_LOG, CONNECTOR_SOURCE, VERIFIED, EventLevel.INFORMATION,
                    "CRPVerifyMetric_Success: the certificate registration point verified the SCEP challenge of " + who
                            + ". Diagnostic code " + code.describe() + ".");
            case CHALLENGE_EXPIRED, CHALLENGE_MISMATCH -> new WindowsEvent(time, CONNECTOR_LOG, CONNECTOR_SOURCE, REJECTED,
                    EventLevel.WARNING, "CRPVerifyMetric_Warning: the certificate registration point completed the verification of "
                            + who + " but rejected it: " + why + ". Diagnostic code " + code.describe() + ".");
            default -> new WindowsEvent(time, CONNECTOR_LOG, CONNECTOR_SOURCE, FAILED, EventLevel.ERROR,
                    "CRPVerifyMetric_Failure: the certificate registration point could not verify the SCEP challenge of "
                            + who + ". Diagnostic code " + code.describe() + ".");
        });
    }

    static WindowsEvent notified(Instant time, String who) {
        return new WindowsEvent(time, CONNECTOR_LOG, CONNECTOR_SOURCE, NOTIFIED, EventLevel.INFORMATION,
                "CRPNotifyMetric_Success: the certificate registration point finished reporting the certificate issued for "
                        + who + ". Diagnostic code " + DiagnosticCode.SUCCESS.describe() + ".");
    }

    /**
     * What Windows logs when CertificateRegistrationSvc's worker process dies compiling (the CRP 500
     * case). The pool name and exit code are the article's; the process id is a placeholder.
     */
    static List<WindowsEvent> serviceCannotRun(Instant time) {
        return List.of(
                new WindowsEvent(time, "System", "WAS", POOL_TERMINATED, EventLevel.WARNING,
                        "A process serving application pool 'SCEP' terminated unexpectedly. The process id was '4242'. "
                                + "The process exit code was '0x0000374'."),
                new WindowsEvent(time, WindowsEvent.APPLICATION, "ASP.NET 4.0.30319.0", ASP_NET_WARNING, EventLevel.WARNING,
                        "Event code: 3007 Event message: A compilation error has occurred. Application virtual path: "
                                + "/CertificateRegistrationSvc (the pool's account cannot write to C:\\Windows\\Temp)."));
    }
}
