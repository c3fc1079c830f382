package dev.mockndes.enroll;

import dev.mockndes.protocol.FailInfo;
import java.util.Optional;

/**
 * Refuses requests whose challenge the policy does not accept. RFC 8894 has no failInfo for a bad
 * challenge; reports from real NDES show badRequest and badMessageCheck, so the caller chooses
 * (badRequest by default, what NDES-fronting proxies and micromdm use).
 */
public final class ChallengeCheck implements Enroller {
    private final ChallengePolicy policy;
    private final ChallengeListener listener;
    private final Enroller next;
    private final FailInfo failInfo;

    public ChallengeCheck(ChallengePolicy policy, ChallengeListener listener, Enroller next) {
        this(policy, listener, next, FailInfo.BAD_REQUEST);
    }

    public ChallengeCheck(ChallengePolicy policy, ChallengeListener listener, Enroller next, FailInfo failInfo) {
        this.policy = policy;
        this.listener = listener;
        this.next = next;
        this.failInfo = failInfo;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        Optional<ChallengeRefusal> refusal = policy.check(request);
        if (refusal.isPresent()) {
            listener.refused(refusal.get(), request);
            return new EnrolmentResult.Rejected(failInfo, refusal.get().reason());
        }
        listener.accepted(policy.mode(), request);
        return next.enrol(request);
    }
}
