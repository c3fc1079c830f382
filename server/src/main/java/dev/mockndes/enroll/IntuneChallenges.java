package dev.mockndes.enroll;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The Intune policy module's challenges: long opaque strings minted for one device identity (subject
 * and subjectAltNames) through the admin API, accepted once, before they expire, and only in a
 * request for exactly that identity. Thread-safe.
 */
public final class IntuneChallenges {
    /** Why the policy module refused a request. */
    public enum Refusal { UNKNOWN, EXPIRED, ALREADY_USED, SUBJECT_MISMATCH, SAN_MISMATCH }

    /** What a challenge was minted for. SANs are compared as a set of "type:value" strings, e.g. "dns:a.example". */
    public record Binding(X500Name subject, Set<String> subjectAltNames, Instant expires) {
    }

    private final Clock clock;
    private final int bytes;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Binding> outstanding = new ConcurrentHashMap<>();
    private final Map<String, Binding> used = new ConcurrentHashMap<>();

    /** @param bytes random bytes per challenge before base64 (real Intune challenges run to over a kilobyte) */
    public IntuneChallenges(Clock clock, int bytes) {
        if (bytes < 16) {
            throw new IllegalArgumentException("an Intune challenge needs at least 16 random bytes");
        }
        this.clock = clock;
        this.bytes = bytes;
    }

    public String mint(X500Name subject, Set<String> subjectAltNames, Duration validity) {
        purgeExpired();
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        String challenge = Base64.getEncoder().encodeToString(value);
        outstanding.put(challenge, new Binding(subject, Set.copyOf(subjectAltNames), clock.instant().plus(validity)));
        return challenge;
    }

    /**
     * Forgets challenges whose validity ended: unused ones can no longer be redeemed, and used ones
     * no longer need telling apart from unknown ones. Keeps memory bounded by the minting rate.
     */
    private void purgeExpired() {
        Instant now = clock.instant();
        outstanding.values().removeIf(binding -> now.isAfter(binding.expires()));
        used.values().removeIf(binding -> now.isAfter(binding.expires()));
    }

    /** Consumes the challenge when it is valid for this identity; otherwise says why not. */
    public Optional<Refusal> redeem(String challenge, X500Name subject, Set<String> subjectAltNames) {
        if (used.containsKey(challenge)) {
            return Optional.of(Refusal.ALREADY_USED);
        }
        Binding binding = outstanding.get(challenge);
        if (binding == null) {
            return Optional.of(Refusal.UNKNOWN);
        }
        if (clock.instant().isAfter(binding.expires())) {
            outstanding.remove(challenge);
            return Optional.of(Refusal.EXPIRED);
        }
        if (!binding.subject().equals(subject)) {
            return Optional.of(Refusal.SUBJECT_MISMATCH);
        }
        if (!binding.subjectAltNames().equals(subjectAltNames)) {
            return Optional.of(Refusal.SAN_MISMATCH);
        }
        if (outstanding.remove(challenge) == null) {
            return Optional.of(Refusal.ALREADY_USED); // a concurrent request redeemed it first
        }
        used.put(challenge, binding);
        return Optional.empty();
    }
}
