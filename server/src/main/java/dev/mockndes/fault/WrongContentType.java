package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The normal answer with another Content-Type, e.g. {@code text/html} for a PKI message. */
@JsonClassDescription("The normal answer with another Content-Type.")
@JsonTypeName("wrong-content-type")
public record WrongContentType(@JsonProperty(required = true) String contentType) implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.overrideContentType(contentType);
    }
}
