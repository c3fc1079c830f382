package dev.mockndes.enroll;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.pki.CertificateAuthority;
import dev.mockndes.store.CertificateStore;
import dev.mockndes.store.MemoryPendingStore;
import java.time.Clock;

/**
 * The one place the enrolment policy is assembled:
 * <pre>
 *   re-sent request check  →  challenge check  →  pending queue  →  CA issuer
 *   (renewals, authenticated by their old certificate, enter at the pending queue)
 * </pre>
 */
public final class EnrolmentChain {
    private EnrolmentChain() {
    }

    /** The chain in front of {@code queue}, whose own next step is the CA issuer; a bad challenge is badRequest. */
    public static Enroller of(ChallengePolicy challenge, ChallengeListener listener, PendingQueue queue) {
        return of(challenge, listener, queue, FailInfo.BAD_REQUEST);
    }

    /** @param badChallenge the failInfo of a wrong or reused challenge */
    public static Enroller of(ChallengePolicy challenge, ChallengeListener listener, PendingQueue queue, FailInfo badChallenge) {
        return new ResentRequestCheck(queue, new ChallengeCheck(challenge, listener, queue, badChallenge));
    }

    /** Automatic approval, nothing queued: what most tests and a default NDES need. */
    public static Enroller of(ChallengePolicy challenge, ChallengeListener listener, CertificateAuthority ca,
                              CertificateStore store) {
        return of(challenge, listener, queue(ca, store, ApprovalSettings.auto(), Clock.systemUTC()));
    }

    /** A pending queue in front of a CA issuer that records into {@code store}. */
    public static PendingQueue queue(CertificateAuthority ca, CertificateStore store, ApprovalSettings approval, Clock clock) {
        return new PendingQueue(new MemoryPendingStore(), store, () -> approval, clock, new CaIssuer(ca, store));
    }
}
