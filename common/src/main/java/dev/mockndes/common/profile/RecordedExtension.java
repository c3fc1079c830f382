package dev.mockndes.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Base64;
import java.util.Set;

/**
 * One X.509 extension of a recorded certificate.
 *
 * @param oid         the extension's OID, dotted
 * @param name        a readable name, for people (ignored by the replay)
 * @param critical    its criticality
 * @param value       the DER of extnValue's contents in base64, copied as is by the replay; null for
 *                    the key identifiers, which the replay computes from its own keys
 * @param readable    the value decoded for people (key usage bits, purposes, template name …), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedExtension(@JsonProperty(required = true) String oid, String name, @JsonProperty(required = true) boolean critical,
                                String value, String readable) {
    public static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";
    public static final String AUTHORITY_KEY_IDENTIFIER = "2.5.29.35";
    /** The extensions whose value depends on the keys, so the replay derives them instead of copying them. */
    public static final Set<String> KEY_DERIVED = Set.of(SUBJECT_KEY_IDENTIFIER, AUTHORITY_KEY_IDENTIFIER);

    public RecordedExtension {
        if (!oid.matches("[0-2](\\.[0-9]+)+")) {
            throw new IllegalArgumentException("'" + oid + "' is not a dotted OID");
        }
        if (value == null && !KEY_DERIVED.contains(oid)) {
            throw new IllegalArgumentException("extension " + oid + " needs its value (base64 DER); only the key identifiers "
                    + KEY_DERIVED + " are derived from the keys");
        }
        if (value != null) {
            try {
                Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the value of extension " + oid + " is not base64: " + e.getMessage());
            }
        }
    }

    public boolean derivedFromKey() {
        return value == null;
    }

    public byte[] valueBytes() {
        return Base64.getDecoder().decode(value);
    }
}
