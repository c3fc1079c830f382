package dev.mockndes.ndes.log;

/** Windows event levels as Event Viewer names them. */
public enum EventLevel {
    ERROR("Error"),
    WARNING("Warning"),
    INFORMATION("Information");

    private final String wire;

    EventLevel(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
