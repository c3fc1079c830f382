package dev.mockndes.fault;

import dev.mockndes.ndes.connector.ConnectorOutcome;
import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.web.WebResponse;
import java.time.Duration;

/**
 * The transport verbs a fault may use. Exactly one verb is called per faulted request. Only the
 * Netty implementation touches sockets.
 */
public interface FaultInjector {

    /** Answer with this response instead of the site's (it is IIS-logged with its substatus and win32 code). */
    void respond(WebResponse response);

    /** A proxy in front of NDES answers after {@code delay}; NDES never sees the request, so nothing is logged. */
    void respondAsProxy(Duration delay, WebResponse response);

    /** The rule's seeded random source, for faults with jitter. */
    java.util.random.RandomGenerator random();

    /** HTTP.sys answers before the site: logged in HTTPERR with {@code reason}, not in the IIS log. */
    void refuseInHttpSys(WebResponse response, String reason);

    /** Handle the request normally, but only after {@code delay}. */
    void proceedAfter(Duration delay);

    /** Abort the connection with a TCP reset. No log line. */
    void reset();

    /** Close the connection without answering. No log line. */
    void closeWithoutResponse();

    /** Never answer; close the connection after {@code atMost} so the server stays bounded. */
    void hang(Duration atMost);

    /** Handle normally, then send the response with another Content-Type. */
    void overrideContentType(String contentType);

    /** Handle normally, then send only the first {@code fraction} of the body (Content-Length promises all of it) and close. */
    void truncateBody(double fraction);

    /** Answer a PKIOperation with a signed FAILURE CertRep carrying {@code failInfo}. Other operations proceed normally. */
    void scepFailure(FailInfo failInfo);

    /**
     * Answer a PKIOperation as NDES does when the Intune connector's verification comes to
     * {@code outcome}: the connector's log lines, then a signed FAILURE CertRep. Other operations proceed normally.
     */
    void connectorRefusal(ConnectorOutcome outcome);

    /** Answer a PKIOperation as NDES does when the CA does not issue, as {@code refusal} says. Other operations proceed normally. */
    void refuseAtCa(dev.mockndes.ndes.CaRefusal refusal);

    /** Handle mscep_admin normally, but answer IIS's 500 page (Events 2 and 49) where it would show its page. Other requests proceed normally. */
    void adminPasswordUndecryptable();

    /** A gateway in front of mscep_admin: its own answer unlogged, or the site's answer as the gateway passes it back. */
    void inFrontOfAdmin(AdminGateway gateway);

    /** Answer a PKIOperation with a signed PENDING CertRep, every time. Other operations proceed normally. */
    void scepPending();

    /** Answer GetCACert with RA certificates made as {@code variant} says. Other operations proceed normally. */
    void caCertificates(RaVariant variant);

    /** Answer GetCACert with the certificate set of {@code variant}. Other operations proceed normally. */
    void caCertificateSet(CaCertVariant variant);

    /** Handle normally, but send the body at {@code bytesPerSecond}. */
    void slowBody(int bytesPerSecond);

    /** Send {@code bytes} random bytes that are not HTTP, then close. No log line. */
    void garbageThenClose(int bytes);
}
