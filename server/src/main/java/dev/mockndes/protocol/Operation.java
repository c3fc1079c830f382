package dev.mockndes.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The values of the {@code operation=} query parameter. */
public enum Operation {
    GET_CA_CAPS("GetCACaps"),
    GET_CA_CERT("GetCACert"),
    GET_NEXT_CA_CERT("GetNextCACert"),
    PKI_OPERATION("PKIOperation");

    private final String wire;

    Operation(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** IIS treats query values case-insensitively for mscep.dll; so do we. */
    public static Optional<Operation> fromWire(String value) {
        return Arrays.stream(values()).filter(o -> o.wire.equalsIgnoreCase(value)).findFirst();
    }
}
