package dev.mockndes.pki;

import dev.mockndes.common.profile.RecordedKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** A fresh key pair of a recorded type and size: RSA of the same modulus length, or EC on the same named curve. */
final class ProfileKeys {
    private ProfileKeys() {
    }

    static KeyPair like(RecordedKey key, SecureRandom random) {
        if (key.algorithm().equals("RSA")) {
            return KeyPairs.rsa(key.bits(), random);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(key.curve()), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the EC curve '" + key.curve() + "' cannot be generated here: " + e.getMessage(), e);
        }
    }

    /** A key for an issuer the profile names but does not include, of the kind its signature algorithm needs. */
    static KeyPair forAlgorithm(String signatureAlgorithm, SecureRandom random) {
        return signatureAlgorithm.toUpperCase(java.util.Locale.ROOT).contains("ECDSA")
                ? like(new RecordedKey("EC", 256, "secp256r1"), random) : KeyPairs.rsa(2048, random);
    }
}
