package dev.mockndes.fault;

/** The connection is reset (TCP RST) instead of answered: a firewall or a crashed worker. */
public record ConnectionReset() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.reset();
    }
}
