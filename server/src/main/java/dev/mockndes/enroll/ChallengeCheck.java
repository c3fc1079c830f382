package dev.mockndes.enroll;

import dev.mockndes.protocol.FailInfo;
import java.util.Optional;

/**
 * Refuses requests whose challenge the policy does not accept, with failInfo badRequest: RFC 8894
 * has no code for a bad challenge, and badRequest is what NDES-fronting proxies and micromdm use.
 */
public final class ChallengeCheck implements Enroller {
    private final ChallengePolicy policy;
    private final ChallengeListener listener;
    private final Enroller next;

    public ChallengeCheck(ChallengePolicy policy, ChallengeListener listener, Enroller next) {
        this.policy = policy;
        this.listener = listener;
        this.next = next;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        Optional<ChallengeRefusal> refusal = policy.check(request);
        if (refusal.isPresent()) {
            listener.refused(refusal.get(), request);
            return new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, refusal.get().reason());
        }
        listener.accepted(policy.mode(), request);
        return next.enrol(request);
    }
}
