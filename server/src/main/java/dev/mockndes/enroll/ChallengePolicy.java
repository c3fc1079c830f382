package dev.mockndes.enroll;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decides whether a request's challenge password is acceptable. */
public interface ChallengePolicy {

    boolean accepts(Optional<String> challenge);

    /** Accept anything, including no challenge at all (NDES with EnforcePassword = 0). */
    static ChallengePolicy none() {
        return challenge -> true;
    }

    /** NDES single-password mode: one fixed secret that never expires. Compared in constant time. */
    static ChallengePolicy fixed(String secret) {
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        return challenge -> challenge.isPresent()
                && MessageDigest.isEqual(expected, challenge.get().getBytes(StandardCharsets.UTF_8));
    }
}
