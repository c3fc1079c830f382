package dev.mockndes.harness.load;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What a load run does.
 *
 * @param devices     distinct device identities (keys and CSRs, made before the clock starts), used in turn
 * @param concurrency devices (or connections) at work at once
 * @param count       attempts to make, or null to run for {@code duration}
 * @param duration    how long to run, or null to stop after {@code count}
 * @param prebuild    also build each device's signed and encrypted PKCSReq before the clock starts and
 *                    send only those bytes (POST over keep-alive); the server must not deduplicate
 *                    re-sent requests when there are fewer devices than attempts
 * @param timeout     wait per answer
 */
public record LoadPlan(URI url, int devices, int concurrency, Long count, Duration duration, boolean prebuild, Optional<String> challenge,
                       Optional<String> caSha256, int keyBits, Duration timeout) {

    public LoadPlan {
        if (concurrency < 1 || devices < 1) {
            throw new IllegalArgumentException("devices and concurrency must be at least 1");
        }
        if ((count == null) == (duration == null)) {
            throw new IllegalArgumentException("give either a count or a duration");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }

    /** A count-bounded plan with one device per attempt and no pre-built requests. */
    public static LoadPlan count(URI url, long count, int concurrency) {
        return new LoadPlan(url, (int) Math.min(count, Integer.MAX_VALUE), concurrency, count, null, false, Optional.empty(), Optional.empty(),
                2048, Duration.ofSeconds(30));
    }

    public LoadPlan withChallenge(String value) {
        return new LoadPlan(url, devices, concurrency, count, duration, prebuild, Optional.ofNullable(value), caSha256, keyBits, timeout);
    }

    public LoadPlan withKeyBits(int bits) {
        return new LoadPlan(url, devices, concurrency, count, duration, prebuild, challenge, caSha256, bits, timeout);
    }

    public LoadPlan withPrebuild(boolean value) {
        return new LoadPlan(url, devices, concurrency, count, duration, value, challenge, caSha256, keyBits, timeout);
    }

    public LoadPlan withCaSha256(String value) {
        return new LoadPlan(url, devices, concurrency, count, duration, prebuild, challenge, Optional.ofNullable(value), keyBits, timeout);
    }

    public LoadPlan withDuration(Duration value, int deviceCount) {
        return new LoadPlan(url, deviceCount, concurrency, null, value, prebuild, challenge, caSha256, keyBits, timeout);
    }
}
