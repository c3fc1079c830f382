package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Every PKIOperation is answered PENDING: a request waiting for a CA manager who never comes. */
@JsonClassDescription("Every PKIOperation is answered PENDING; other operations pass.")
@JsonTypeName("pending")
public record PendingForever() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.scepPending();
    }
}
