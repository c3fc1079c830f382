package dev.mockndes.store;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * One revoked certificate, as a CRL entry lists it.
 *
 * @param serial    the revoked certificate's serial number
 * @param revokedAt when it was revoked
 * @param reason    the RFC 5280 CRLReason code (0 unspecified, 1 keyCompromise, … 4 superseded …)
 */
public record Revocation(BigInteger serial, Instant revokedAt, int reason) {

    public Revocation {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (reason < 0 || reason > 10 || reason == 7) {
            throw new IllegalArgumentException("not an RFC 5280 CRLReason code: " + reason);
        }
    }
}
