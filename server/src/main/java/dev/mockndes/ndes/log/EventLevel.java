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

    /** @throws IllegalArgumentException for anything but Error, Warning or Information */
    public static EventLevel fromWire(String text) {
        return java.util.Arrays.stream(values()).filter(l -> l.wire.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event level '" + text + "'"));
    }
}
