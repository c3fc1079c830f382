package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;

/**
 * badTime (RFC 8894 §3.2.1.4: "the signingTime attribute from the CMS authenticatedAttributes was
 * not sufficiently close to the system time"). Tolerant on purpose: devices with clocks off by hours
 * are common, and a request without signingTime is accepted (the attribute is optional).
 */
final class SigningTimeCheck {
    private final Optional<Duration> tolerance;
    private final Clock clock;

    /** @param tolerance how far signingTime may be from the server's clock either way; empty turns the check off */
    SigningTimeCheck(Optional<Duration> tolerance, Clock clock) {
        this.tolerance = tolerance;
        this.clock = clock;
    }

    void check(SignedPkiMessage request) throws ScepFailure {
        if (tolerance.isEmpty() || request.signerInfo().getSignedAttributes() == null) {
            return;
        }
        Attribute attribute = request.signerInfo().getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return;
        }
        Instant signed;
        try {
            signed = Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            throw new ScepFailure(FailInfo.BAD_TIME, "the signingTime attribute is not a time", e);
        }
        Duration offset = Duration.between(clock.instant(), signed).abs();
        if (offset.compareTo(tolerance.get()) > 0) {
            throw new ScepFailure(FailInfo.BAD_TIME, "signingTime " + signed + " is " + offset + " away from the server's clock"
                    + " (tolerance " + tolerance.get() + ")");
        }
    }
}
