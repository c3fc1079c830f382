package dev.mockndes.scep;

import java.util.Arrays;
import java.util.Optional;

/** SCEP messageType values (RFC 8894 §3.2.1.2), sent as decimal PrintableStrings. */
public enum MessageType {
    CERT_REP("3"),
    RENEWAL_REQ("17"),
    PKCS_REQ("19"),
    CERT_POLL("20"),
    GET_CERT("21"),
    GET_CRL("22");

    private final String wire;

    MessageType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<MessageType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value.trim())).findFirst();
    }
}
