package dev.mockndes.fault;

import dev.mockndes.pki.RaVariant;

/**
 * GetCACert carries RA certificates that are really expired, not yet valid, or signed by another CA
 * (dates in days from now); other operations are untouched. Generated once per scenario set-up.
 */
public record RaCertificates(int notBeforeDays, int notAfterDays, Boolean issuedByCa) implements Fault {

    public RaCertificates {
        issuedByCa = issuedByCa == null ? Boolean.TRUE : issuedByCa;
        new RaVariant(notBeforeDays, notAfterDays, issuedByCa);
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.caCertificates(new RaVariant(notBeforeDays, notAfterDays, issuedByCa));
    }
}
