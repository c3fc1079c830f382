package dev.mockndes.ndes.connector;

import dev.mockndes.enroll.Enroller;
import dev.mockndes.enroll.EnrolmentRequest;
import dev.mockndes.enroll.EnrolmentResult;

/**
 * The connector's reporting step (step 6 of the series): after the chain issued a certificate,
 * the plugin notifies the registration point. Wraps the whole enrolment chain in {@code intune}
 * mode only; a request approved later from the pending queue is not reported (our simplification).
 */
public final class ConnectorReporting implements Enroller {
    private final Enroller chain;
    private final IntuneConnector connector;

    public ConnectorReporting(Enroller chain, IntuneConnector connector) {
        this.chain = chain;
        this.connector = connector;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        EnrolmentResult result = chain.enrol(request);
        if (result instanceof EnrolmentResult.Issued) {
            connector.reportIssued(ConnectorChallenges.who(request));
        }
        return result;
    }
}
