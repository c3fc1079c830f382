package dev.mockndes.harness.load;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;

/**
 * This machine's RSA-2048 private-key operation rate, measured in-process on one thread. An SCEP
 * enrolment costs the server three private-key operations (decrypt the request, sign the
 * certificate, sign the reply), so a third of this rate is the enrolments/s one core can reach.
 */
public final class CryptoFloor {
    public static final int PRIVATE_OPS_PER_ENROLMENT = 3;

    private CryptoFloor() {
    }

    /** Signs for about {@code budget} after a short warm-up and returns private-key operations per second. */
    public static double privateOpsPerSecond(Duration budget) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Signature signature = Signature.getInstance("SHA256withRSA");
            byte[] data = new byte[256];
            sign(signature, keys, data, 50);
            long deadline = System.nanoTime() + budget.toNanos();
            long start = System.nanoTime();
            int operations = 0;
            while (System.nanoTime() < deadline) {
                sign(signature, keys, data, 10);
                operations += 10;
            }
            return operations / ((System.nanoTime() - start) / 1e9);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("RSA-2048 signing is required by every JRE", e);
        }
    }

    private static void sign(Signature signature, KeyPair keys, byte[] data, int times) throws java.security.GeneralSecurityException {
        for (int i = 0; i < times; i++) {
            signature.initSign(keys.getPrivate());
            signature.update(data);
            signature.sign();
        }
    }
}
