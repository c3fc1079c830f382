package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.pki.RaVariant;

/**
 * GetCACert carries RA certificates that are really expired, not yet valid, or signed by another CA
 * (dates in days from now); other operations are untouched. Each variant is generated once and kept
 * for the life of the server. Only GetCACert changes: the server still decrypts and signs with its
 * healthy RA keys, so a scenario using this fault should also decide what PKIOperation answers (as
 * ra-certs-expired does with a 500).
 */
@JsonClassDescription("GetCACert carries RA certificates that are really expired, not yet valid or signed by another CA; other operations are untouched.")
@JsonTypeName("ra-certificates")
public record RaCertificates(
        @JsonPropertyDescription("Days from now to notBefore (negative: in the past).") int notBeforeDays,
        @JsonPropertyDescription("Days from now to notAfter.") int notAfterDays,
        @JsonPropertyDescription("false: signed by an unrelated CA (default true).") Boolean issuedByCa) implements Fault {

    public RaCertificates {
        issuedByCa = issuedByCa == null ? Boolean.TRUE : issuedByCa;
        new RaVariant(notBeforeDays, notAfterDays, issuedByCa);
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.caCertificates(new RaVariant(notBeforeDays, notAfterDays, issuedByCa));
    }
}
