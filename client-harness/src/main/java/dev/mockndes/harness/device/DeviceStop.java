package dev.mockndes.harness.device;

/** Ends a device's sequence early with the outcome it has established. Internal control flow only. */
public final class DeviceStop extends Exception {
    private final transient Outcome outcome;

    public DeviceStop(Outcome outcome) {
        super(outcome.wire() + ": " + outcome.detail(), null, false, false);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
