package dev.mockndes.pki;

/**
 * RA certificates unlike the healthy ones, really generated that way: dates relative to now (an
 * expired pair has both in the past) and, optionally, signed by a CA that is not this server's.
 *
 * @param notBeforeDays days from now to notBefore (negative = in the past)
 * @param notAfterDays  days from now to notAfter
 * @param issuedByCa    false: signed by an unrelated CA, which jscep's verifyRA and Windows reject
 */
public record RaVariant(int notBeforeDays, int notAfterDays, boolean issuedByCa) {

    public RaVariant {
        if (notAfterDays <= notBeforeDays) {
            throw new IllegalArgumentException("notAfterDays must be after notBeforeDays");
        }
    }
}
