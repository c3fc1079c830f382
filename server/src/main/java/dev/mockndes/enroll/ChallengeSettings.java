package dev.mockndes.enroll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How challenge passwords are checked.
 *
 * @param mode          the policy module's mode
 * @param secret        the single password of mode STATIC
 * @param lifetime      how long a one-time password or an Intune challenge stays valid (NDES: 60 minutes)
 * @param cacheSize     how many unused one-time passwords may exist at once (NDES: 5)
 * @param passwordChars length of a one-time password in hex characters (NDES: 16)
 * @param intuneBytes   random bytes in an Intune challenge before base64
 */
public record ChallengeSettings(ChallengeMode mode, Optional<String> secret, Duration lifetime, int cacheSize,
                                int passwordChars, int intuneBytes) {

    public ChallengeSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(secret, "secret");
        if (mode == ChallengeMode.STATIC && secret.isEmpty()) {
            throw new IllegalArgumentException("challenge mode static needs a secret (--challenge)");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the challenge lifetime must be positive");
        }
        if (cacheSize < 1) {
            throw new IllegalArgumentException("the password cache must hold at least one password");
        }
        if (passwordChars < 4 || passwordChars % 2 != 0) {
            throw new IllegalArgumentException("the password length must be an even number of at least 4 hex characters");
        }
    }

    public static ChallengeSettings none() {
        return new ChallengeSettings(ChallengeMode.NONE, Optional.empty(), Duration.ofMinutes(60), 5, 16, 512);
    }

    public static ChallengeSettings fixed(String secret) {
        return none().withMode(ChallengeMode.STATIC, Optional.of(secret));
    }

    public ChallengeSettings withMode(ChallengeMode newMode, Optional<String> newSecret) {
        return new ChallengeSettings(newMode, newSecret, lifetime, cacheSize, passwordChars, intuneBytes);
    }

    public ChallengeSettings withLifetime(Duration newLifetime) {
        return new ChallengeSettings(mode, secret, newLifetime, cacheSize, passwordChars, intuneBytes);
    }

    public ChallengeSettings withCacheSize(int newCacheSize) {
        return new ChallengeSettings(mode, secret, lifetime, newCacheSize, passwordChars, intuneBytes);
    }
}
