package dev.mockndes.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The NDES one-time password lifecycle: mint, use once, reuse refused, expiry, cache full. */
class OneTimePasswordsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final OneTimePasswords passwords = new OneTimePasswords(clock, Duration.ofMinutes(60), 5, 16);

    @Test
    void mintsSixteenUpperCaseHexCharacters() {
        assertThat(passwords.mint()).hasValueSatisfying(p -> assertThat(p).matches("[0-9A-F]{16}"));
    }

    @Test
    void acceptsAPasswordOnceAndThenRefusesItsReuse() {
        String password = passwords.mint().orElseThrow();
        assertThat(passwords.redeem(password)).isEmpty();
        assertThat(passwords.redeem(password)).contains(OneTimePasswords.Refusal.ALREADY_USED);
    }

    @Test
    void refusesAPasswordAfterItsLifetime() {
        String password = passwords.mint().orElseThrow();
        clock.advance(Duration.ofMinutes(61));
        assertThat(passwords.redeem(password)).isPresent().get().isIn(OneTimePasswords.Refusal.EXPIRED,
                OneTimePasswords.Refusal.UNKNOWN);
    }

    @Test
    void acceptsAPasswordJustBeforeItExpiresAndIgnoresCase() {
        String password = passwords.mint().orElseThrow();
        clock.advance(Duration.ofMinutes(59));
        assertThat(passwords.redeem(password.toLowerCase())).isEmpty();
    }

    @Test
    void refusesUnknownPasswords() {
        assertThat(passwords.redeem("0123456789ABCDEF")).contains(OneTimePasswords.Refusal.UNKNOWN);
    }

    @Test
    void theCacheIsFullAfterFiveUnusedPasswordsAndFreesUpOnUseOrExpiry() {
        String first = passwords.mint().orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertThat(passwords.mint()).isPresent();
        }
        assertThat(passwords.mint()).as("sixth password").isEmpty();
        assertThat(passwords.redeem(first)).isEmpty();
        assertThat(passwords.mint()).as("after one was used").isPresent();
        assertThat(passwords.mint()).isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(passwords.mint()).as("after all expired").isPresent();
        assertThat(passwords.unusedCount()).isEqualTo(1);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
