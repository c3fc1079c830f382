package dev.mockndes.common.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The requests a recording sends, each under the name its answer is filed by in the profile. The
 * harness sends exactly {@link #query()} to the SCEP URL; the server's replay recognises the same
 * kind of request and answers with what was recorded for it.
 */
public enum ProfileProbe {
    /** GetCACaps: its bytes and headers are replayed exactly. */
    GET_CA_CAPS("get-ca-caps", "operation=GetCACaps&message=record"),
    /** GetCACert: its headers are replayed, its certificates regenerated with our keys. */
    GET_CA_CERT("get-ca-cert", "operation=GetCACert&message=record"),
    /** The bare URL, as a browser opens it (NDES with the Intune connector: 403.0). */
    BROWSE("browse", ""),
    /** An operation no SCEP server knows. */
    UNKNOWN_OPERATION("unknown-operation", "operation=NoSuchOperation&message=record"),
    /** PKIOperation by GET without a message. */
    PKI_OPERATION_WITHOUT_MESSAGE("pki-operation-without-message", "operation=PKIOperation"),
    /** GetCACert without a message parameter (a real NDES answers it like any GetCACert). */
    GET_CA_CERT_WITHOUT_MESSAGE("get-ca-cert-without-message", "operation=GetCACert");

    private final String wire;
    private final String query;

    ProfileProbe(String wire, String query) {
        this.wire = wire;
        this.query = query;
    }

    /** The name in the profile file. */
    public String wire() {
        return wire;
    }

    /** The raw query string sent after {@code ?} (empty: none). */
    public String query() {
        return query;
    }

    public static Optional<ProfileProbe> fromWire(String name) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(name)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(ProfileProbe::wire).toList());
    }
}
