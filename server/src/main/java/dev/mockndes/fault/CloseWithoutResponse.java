package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The connection is closed cleanly without an answer. */
@JsonTypeName("close")
public record CloseWithoutResponse() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.closeWithoutResponse();
    }
}
