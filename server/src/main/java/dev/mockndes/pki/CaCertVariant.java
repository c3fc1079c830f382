package dev.mockndes.pki;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A GetCACert certificate set unlike the healthy one, each a documented way for devices to stop
 * before or at enrolment. {@link CaCertVariants} really generates them; the server keeps decrypting
 * and signing with its healthy keys.
 */
public enum CaCertVariant {
    /**
     * The CEP Encryption certificate (same key and serial) allows digitalSignature instead of
     * keyEncipherment: clients that choose by key usage find no encryption certificate and encrypt
     * to the CA, which NDES cannot decrypt.
     */
    ENCRYPTION_RA_WITHOUT_KEY_ENCIPHERMENT("encryption-ra-without-key-encipherment"),
    /** The CA certificate (same key and names) signed with SHA-1 instead of SHA-256. */
    CA_SIGNED_SHA1("ca-signed-sha1"),
    /** The CA certificate (same key and names) signed with RSASSA-PSS. */
    CA_SIGNED_PSS("ca-signed-pss"),
    /** The CA certificate issued by a root GetCACert does not carry: the top of the chain is an intermediate. */
    INTERMEDIATE_AS_ROOT("intermediate-as-root"),
    /** A renewed CA certificate (new key, same name) with the RA certificates still issued by the old key. */
    RA_CHAINED_TO_OLD_CA("ra-chained-to-old-ca");

    private final String wire;

    CaCertVariant(String wire) {
        this.wire = wire;
    }

    /** The name scenario files use. */
    public String wire() {
        return wire;
    }

    public static Optional<CaCertVariant> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    public static List<String> wires() {
        return Arrays.stream(values()).map(CaCertVariant::wire).toList();
    }
}
