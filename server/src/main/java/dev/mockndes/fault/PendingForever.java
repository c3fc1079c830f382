package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Every PKIOperation is answered PENDING: a request waiting for a CA manager who never comes. */
@JsonTypeName("pending")
public record PendingForever() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.scepPending();
    }
}
