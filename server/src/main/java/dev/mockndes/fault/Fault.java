package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;

/**
 * One way to fail a request, as a small immutable value. The {@code permits} clause below is the
 * one registry of fault types: each record names its YAML {@code type:} with
 * {@link com.fasterxml.jackson.annotation.JsonTypeName}, and {@link FaultTypes} reads both. A fault
 * acts only through {@link FaultInjector}; it never touches the network itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = "type")
@JsonTypeIdResolver(FaultTypeIds.class)
public sealed interface Fault permits
        IisError,
        HttpSysError,
        GatewayTimeout,
        ConnectionReset,
        CloseWithoutResponse,
        Hang,
        Delay,
        WrongContentType,
        TruncatedBody,
        ScepFailureFault,
        PendingForever,
        SlowBody,
        Garbage,
        RaCertificates,
        CaCertificatesVariant,
        GeneralPage,
        CapsAnswer,
        ConnectorRefusal,
        CaRefusalFault,
        AdminPasswordUndecryptable,
        AdminGateway,
        TlsHandshake {

    void apply(FaultInjector injector);
}
