package dev.mockndes.fault;

/** The connection is closed cleanly without an answer. */
public record CloseWithoutResponse() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.closeWithoutResponse();
    }
}
