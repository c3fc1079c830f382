package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The connection is closed cleanly without an answer. */
@JsonClassDescription("The connection is closed without an answer. No log line.")
@JsonTypeName("close")
public record CloseWithoutResponse() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.closeWithoutResponse();
    }
}
