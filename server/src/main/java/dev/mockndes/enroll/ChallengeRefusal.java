package dev.mockndes.enroll;

/**
 * Why the policy module refused a challenge.
 *
 * @param mode   the challenge mode that refused it
 * @param cause  a stable code, e.g. "missing", "wrong", "expired", "already-used", "subject-mismatch"
 * @param reason a sentence for logs and troubleshooters
 */
public record ChallengeRefusal(ChallengeMode mode, String cause, String reason) {
}
