package dev.mockndes.ndes.connector;

import dev.mockndes.enroll.ChallengeListener;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.enroll.ChallengeRefusal;
import dev.mockndes.enroll.EnrolmentRequest;
import java.util.Base64;

/**
 * In {@code intune} challenge mode the policy module's decision is the connector's verification:
 * each decision is written as {@link IntuneConnector#verify} writes it. Decisions of the other
 * modes are NDES's own and go to {@code ndes}.
 */
public final class ConnectorChallenges implements ChallengeListener {
    private final IntuneConnector connector;
    private final ChallengeListener ndes;

    public ConnectorChallenges(IntuneConnector connector, ChallengeListener ndes) {
        this.connector = connector;
        this.ndes = ndes;
    }

    @Override
    public void accepted(ChallengeMode mode, EnrolmentRequest request) {
        if (mode == ChallengeMode.INTUNE) {
            connector.verify(ConnectorOutcome.VERIFIED, who(request), "");
        } else {
            ndes.accepted(mode, request);
        }
    }

    @Override
    public void refused(ChallengeRefusal refusal, EnrolmentRequest request) {
        if (refusal.mode() == ChallengeMode.INTUNE) {
            connector.verify(outcome(refusal, request), who(request), refusal.cause());
        } else {
            ndes.refused(refusal, request);
        }
    }

    /** e.g. "transaction 3F2A… for CN=device-1,O=Example". */
    public static String who(EnrolmentRequest request) {
        return "transaction " + request.transactionId() + " for " + request.csr().getSubject();
    }

    /**
     * An expired challenge is 0x411; one that is absent or not even base64 cannot be deserialized
     * (0x410); any other refusal (unknown, used, bound to another identity) is a rejection.
     */
    static ConnectorOutcome outcome(ChallengeRefusal refusal, EnrolmentRequest request) {
        return switch (refusal.cause()) {
            case "expired" -> ConnectorOutcome.CHALLENGE_EXPIRED;
            case "missing" -> ConnectorOutcome.CHALLENGE_UNREADABLE;
            case "unknown" -> request.challenge().filter(ConnectorChallenges::base64).isPresent()
                    ? ConnectorOutcome.CHALLENGE_MISMATCH : ConnectorOutcome.CHALLENGE_UNREADABLE;
            default -> ConnectorOutcome.CHALLENGE_MISMATCH;
        };
    }

    private static boolean base64(String text) {
        try {
            return Base64.getDecoder().decode(text.trim()).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
