package dev.mockndes.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {

    @Test
    void serialsArePositiveTwentyOctetsAndDistinct() {
        SerialNumbers serials = new SerialNumbers(new SecureRandom());
        Set<BigInteger> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            BigInteger serial = serials.next();
            assertThat(serial.signum()).isPositive();
            assertThat(serial.toByteArray()).hasSize(20);
            assertThat(serial.bitLength()).isGreaterThanOrEqualTo(128);
            seen.add(serial);
        }
        assertThat(seen).hasSize(10_000);
    }
}
