package dev.mockndes.fault;

/** Every PKIOperation is answered PENDING: a request waiting for a CA manager who never comes. */
public record PendingForever() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.scepPending();
    }
}
