package dev.mockndes.protocol;

import java.util.Arrays;
import java.util.Optional;

/** GetCACaps keywords (RFC 8894 §3.5.2), each carrying its exact, case-sensitive wire string. */
public enum Capability {
    AES("AES"),
    DES3("DES3"),
    GET_NEXT_CA_CERT("GetNextCACert"),
    POST_PKI_OPERATION("POSTPKIOperation"),
    RENEWAL("Renewal"),
    SHA_1("SHA-1"),
    SHA_256("SHA-256"),
    SHA_384("SHA-384"),
    SHA_512("SHA-512"),
    SCEP_STANDARD("SCEPStandard");

    private final String wire;

    Capability(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Exact-case lookup: clients compare these strings exactly, so must we. */
    public static Optional<Capability> fromWire(String keyword) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(keyword)).findFirst();
    }
}
