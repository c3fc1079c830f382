package dev.mockndes.harness.device;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** Upper-case hex digests of certificates and keys, as MDM profiles and logs show them. */
public final class Thumbprint {
    private Thumbprint() {
    }

    public static String sha256(X509Certificate cert) {
        try {
            return hex("SHA-256", cert.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every JRE", e);
        }
    }
}
