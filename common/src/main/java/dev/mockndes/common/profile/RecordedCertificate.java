package dev.mockndes.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * The shape of one certificate of GetCACert: everything but its key material and serial number.
 *
 * @param subject            the subject as text in its encoded order (CN first when the CN comes first), for people
 * @param subjectDer         the subject's DER in base64: the replay uses it, so string types and order stay
 * @param issuer             the issuer as text, for people
 * @param issuerDer          the issuer's DER in base64
 * @param issuedBy           the position in this chain of the certificate that signed it (its own for a
 *                           self-signed one); null when the issuer is not in the chain
 * @param version            the X.509 version (3, or 1 for a certificate without extensions)
 * @param key                its key's type and size
 * @param signatureAlgorithm the JCA name of the algorithm its issuer signed it with, e.g. {@code SHA256withRSA}
 * @param notBefore          start of validity (ISO-8601, UTC)
 * @param notAfter           end of validity; the replay keeps the length and the age at recording time
 * @param extensions         its extensions in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedCertificate(@JsonProperty(required = true) String subject, @JsonProperty(required = true) String subjectDer,
                                  @JsonProperty(required = true) String issuer, @JsonProperty(required = true) String issuerDer,
                                  Integer issuedBy, @JsonProperty(required = true) int version,
                                  @JsonProperty(required = true) RecordedKey key,
                                  @JsonProperty(required = true) String signatureAlgorithm,
                                  @JsonProperty(required = true) String notBefore, @JsonProperty(required = true) String notAfter,
                                  @JsonProperty(required = true) List<RecordedExtension> extensions) {

    public RecordedCertificate {
        extensions = List.copyOf(extensions);
        for (String der : new String[] {subjectDer, issuerDer}) {
            try {
                Base64.getDecoder().decode(der);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a name's DER is not base64: " + e.getMessage());
            }
        }
        if (version != 1 && version != 3) {
            throw new IllegalArgumentException("version " + version + " cannot be replayed (1 or 3)");
        }
        if (!instant(notAfter, "notAfter").isAfter(instant(notBefore, "notBefore"))) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is not after notBefore " + notBefore);
        }
    }

    public Instant notBeforeInstant() {
        return Instant.parse(notBefore);
    }

    public Instant notAfterInstant() {
        return Instant.parse(notAfter);
    }

    /** The validity length, which the replay keeps. */
    public Duration lifetime() {
        return Duration.between(notBeforeInstant(), notAfterInstant());
    }

    public boolean selfSigned(int position) {
        return issuedBy != null && issuedBy == position;
    }

    static Instant instant(String value, String key) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
