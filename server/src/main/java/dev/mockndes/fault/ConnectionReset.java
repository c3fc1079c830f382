package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The connection is reset (TCP RST) instead of answered: a firewall or a crashed worker. */
@JsonClassDescription("The connection is reset (TCP RST) instead of answered. No log line.")
@JsonTypeName("reset")
public record ConnectionReset() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.reset();
    }
}
