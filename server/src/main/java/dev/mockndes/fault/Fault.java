package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One way to fail a request, as a small immutable value. The YAML {@code type:} names below are the
 * only registry of fault names. A fault acts only through {@link FaultInjector}; it never touches the
 * network itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = IisError.class, name = "iis-error"),
        @JsonSubTypes.Type(value = HttpSysError.class, name = "httpsys-error"),
        @JsonSubTypes.Type(value = GatewayTimeout.class, name = "gateway-timeout"),
        @JsonSubTypes.Type(value = ConnectionReset.class, name = "reset"),
        @JsonSubTypes.Type(value = CloseWithoutResponse.class, name = "close"),
        @JsonSubTypes.Type(value = Hang.class, name = "hang"),
        @JsonSubTypes.Type(value = Delay.class, name = "delay"),
        @JsonSubTypes.Type(value = WrongContentType.class, name = "wrong-content-type"),
        @JsonSubTypes.Type(value = TruncatedBody.class, name = "truncated-body"),
        @JsonSubTypes.Type(value = ScepFailureFault.class, name = "scep-failure"),
        @JsonSubTypes.Type(value = PendingForever.class, name = "pending"),
        @JsonSubTypes.Type(value = SlowBody.class, name = "slow-body"),
        @JsonSubTypes.Type(value = Garbage.class, name = "garbage"),
        @JsonSubTypes.Type(value = RaCertificates.class, name = "ra-certificates"),
        @JsonSubTypes.Type(value = GeneralPage.class, name = "general-page"),
        @JsonSubTypes.Type(value = CapsAnswer.class, name = "caps"),
})
public sealed interface Fault permits IisError, HttpSysError, GatewayTimeout, ConnectionReset, CloseWithoutResponse, Hang,
        Delay, WrongContentType, TruncatedBody, ScepFailureFault, PendingForever, SlowBody, Garbage,
        RaCertificates, GeneralPage, CapsAnswer {

    void apply(FaultInjector injector);
}
