package dev.mockndes.protocol;

/** SCEP pkiStatus values (RFC 8894 §3.2.1.3). */
public enum PkiStatus {
    SUCCESS("0"),
    FAILURE("2"),
    PENDING("3");

    private final String wire;

    PkiStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
