package dev.mockndes.enroll;

import dev.mockndes.pki.CertificateAuthority;
import dev.mockndes.store.CertificateStore;

/**
 * The one place the enrolment policy is assembled:
 * <pre>
 *   challenge check  →  CA issuer
 * </pre>
 */
public final class EnrolmentChain {
    private EnrolmentChain() {
    }

    public static Enroller of(ChallengePolicy challenge, ChallengeListener listener, CertificateAuthority ca,
                              CertificateStore store) {
        return new ChallengeCheck(challenge, listener, new CaIssuer(ca, store));
    }
}
