package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;

/** RSA key generation. */
public final class KeyPairs {
    private KeyPairs() {
    }

    public static KeyPair rsa(int bits, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every JRE", e);
        }
    }

    /** Generates an RSA key pair on a new daemon thread of its own, beside the caller's work. */
    public static CompletableFuture<KeyPair> rsaOnItsOwnThread(int bits, SecureRandom random) {
        CompletableFuture<KeyPair> keys = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                keys.complete(rsa(bits, random));
            } catch (RuntimeException | Error e) {
                keys.completeExceptionally(e);
            }
        }, "pki-keygen");
        thread.setDaemon(true);
        thread.start();
        return keys;
    }
}
