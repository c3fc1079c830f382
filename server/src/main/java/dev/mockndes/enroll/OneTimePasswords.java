package dev.mockndes.enroll;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NDES's default challenge mode: one-time passwords minted by the mscep_admin page, each valid for
 * a limited time (60 minutes by default) and removed once used. At most {@code cacheSize} unused,
 * unexpired passwords exist at once (5 by default); minting beyond that fails, which the admin page
 * shows as "The password cache is full.". Thread-safe.
 */
public final class OneTimePasswords {
    /** Why a presented password was not accepted. */
    public enum Refusal { UNKNOWN, EXPIRED, ALREADY_USED }

    private final Clock clock;
    private final Duration lifetime;
    private final int cacheSize;
    private final int length;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> unused = new LinkedHashMap<>();
    /** Used passwords are remembered until they would have expired, so reuse can be told from a typo. */
    private final Map<String, Instant> used = new LinkedHashMap<>();

    /** @param length password length in hex characters (NDES: 16) */
    public OneTimePasswords(Clock clock, Duration lifetime, int cacheSize, int length) {
        if (cacheSize < 1 || length < 4 || length % 2 != 0 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("cache size >= 1, even password length >= 4 and a positive lifetime are required");
        }
        this.clock = clock;
        this.lifetime = lifetime;
        this.cacheSize = cacheSize;
        this.length = length;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public int cacheSize() {
        return cacheSize;
    }

    /** A new password, or empty when the cache already holds {@code cacheSize} unused ones. */
    public synchronized Optional<String> mint() {
        purgeExpired();
        if (unused.size() >= cacheSize) {
            return Optional.empty();
        }
        byte[] bytes = new byte[length / 2];
        random.nextBytes(bytes);
        String password = HexFormat.of().withUpperCase().formatHex(bytes);
        unused.put(password, clock.instant().plus(lifetime));
        return Optional.of(password);
    }

    /** Consumes the password if it is valid; otherwise says why not. Comparison ignores case, as NDES's hex passwords do. */
    public synchronized Optional<Refusal> redeem(String presented) {
        String password = presented.trim().toUpperCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Instant expiry = unused.remove(password);
        if (expiry != null) {
            if (now.isAfter(expiry)) {
                return Optional.of(Refusal.EXPIRED);
            }
            used.put(password, expiry);
            return Optional.empty();
        }
        purgeExpired();
        return Optional.of(used.containsKey(password) ? Refusal.ALREADY_USED : Refusal.UNKNOWN);
    }

    public synchronized int unusedCount() {
        purgeExpired();
        return unused.size();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        unused.values().removeIf(now::isAfter);
        used.values().removeIf(now::isAfter);
    }
}
