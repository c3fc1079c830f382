package dev.mockndes.pki;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Random certificate serial numbers: 20 octets (the RFC 5280 maximum), always positive and always
 * exactly 20 octets long, so 158 random bits, far beyond the 128 bits the CA/B forum asks for.
 */
public final class SerialNumbers {
    private static final int OCTETS = 20;
    private final SecureRandom random;

    public SerialNumbers(SecureRandom random) {
        this.random = random;
    }

    public BigInteger next() {
        byte[] bytes = new byte[OCTETS];
        random.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x3F) | 0x40); // positive, and no leading zero octet
        return new BigInteger(1, bytes);
    }
}
