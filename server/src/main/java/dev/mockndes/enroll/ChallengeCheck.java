package dev.mockndes.enroll;

import dev.mockndes.scep.FailInfo;

/**
 * Refuses requests whose challenge password the policy does not accept, with failInfo badRequest:
 * RFC 8894 has no code for a bad challenge, and badRequest is what clients and micromdm use.
 */
public final class ChallengeCheck implements Enroller {
    private final ChallengePolicy policy;
    private final Enroller next;

    public ChallengeCheck(ChallengePolicy policy, Enroller next) {
        this.policy = policy;
        this.next = next;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        if (!policy.accepts(request.challenge())) {
            return new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, "the challenge password in the request cannot be verified");
        }
        return next.enrol(request);
    }
}
