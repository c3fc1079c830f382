package dev.mockndes.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The thumbprints people paste into MDM profiles: upper-case hex digests of the DER certificate. */
public record Thumbprints(String sha1, String sha256, String md5) {

    public static Thumbprints of(byte[] derCertificate) {
        return new Thumbprints(hex("SHA-1", derCertificate), hex("SHA-256", derCertificate), hex("MD5", derCertificate));
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every JRE", e);
        }
    }
}
