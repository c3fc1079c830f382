package dev.mockndes.protocol;

import java.util.List;

/**
 * The GetCACaps answers the server can give. Order is the order of the lines on the wire.
 *
 * <p>{@link #INTEROP} lists every capability the server really implements, explicitly, because
 * several clients ignore {@code SCEPStandard} and fall back to DES/MD5 when a keyword is missing.
 * {@link #NDES} is what real NDES is reported to send (unverified, see docs/protocol.md). Both name
 * {@code Renewal}. {@code GetNextCACert} is added to either at start when a next CA exists (see
 * {@code NdesScepService}), and never listed otherwise.
 */
public enum CapsProfile {
    INTEROP(List.of(
            Capability.POST_PKI_OPERATION,
            Capability.RENEWAL,
            Capability.SHA_512,
            Capability.SHA_384,
            Capability.SHA_256,
            Capability.SHA_1,
            Capability.AES,
            Capability.DES3,
            Capability.SCEP_STANDARD)),
    NDES(List.of(
            Capability.POST_PKI_OPERATION,
            Capability.RENEWAL,
            Capability.SHA_512,
            Capability.SHA_256,
            Capability.SHA_1,
            Capability.DES3));

    private final List<Capability> capabilities;

    CapsProfile(List<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    public List<Capability> capabilities() {
        return capabilities;
    }
}
