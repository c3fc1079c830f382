package dev.mockndes.pki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A certificate validity window. Like AD CS, notBefore is back-dated by ten minutes so that
 * devices whose clocks run a little slow accept a freshly issued certificate.
 */
public record Validity(Date notBefore, Date notAfter) {
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    public static Validity startingNow(Clock clock, Duration lifetime) {
        Instant now = clock.instant();
        return new Validity(Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(lifetime)));
    }
}
