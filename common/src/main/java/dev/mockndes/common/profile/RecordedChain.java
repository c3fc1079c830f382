package dev.mockndes.common.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * GetCACert's certificates, in the order the server sent them.
 *
 * @param format       {@code pkcs7}: a degenerate certs-only SignedData ({@code application/x-x509-ca-ra-cert});
 *                     {@code der}: one bare DER certificate ({@code application/x-x509-ca-cert})
 * @param certificates the certificates' shapes, in the answer's order
 */
public record RecordedChain(@JsonProperty(required = true) String format,
                            @JsonProperty(required = true) List<RecordedCertificate> certificates) {
    public static final String PKCS7 = "pkcs7";
    public static final String DER = "der";

    public RecordedChain {
        certificates = List.copyOf(certificates);
        if (!format.equals(PKCS7) && !format.equals(DER)) {
            throw new IllegalArgumentException("format '" + format + "' is unknown (pkcs7 or der)");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one certificate");
        }
        if (format.equals(DER) && certificates.size() != 1) {
            throw new IllegalArgumentException("format der carries exactly one certificate, not " + certificates.size());
        }
        for (int i = 0; i < certificates.size(); i++) {
            Integer issuer = certificates.get(i).issuedBy();
            if (issuer != null && (issuer < 0 || issuer >= certificates.size())) {
                throw new IllegalArgumentException("certificate " + i + " says issuedBy " + issuer + ", but the chain has positions 0 to "
                        + (certificates.size() - 1));
            }
        }
        checkNoLoops(certificates);
    }

    private static void checkNoLoops(List<RecordedCertificate> certificates) {
        for (int start = 0; start < certificates.size(); start++) {
            int at = start;
            for (int steps = 0; ; steps++) {
                Integer next = certificates.get(at).issuedBy();
                if (next == null || next == at) {
                    break;
                }
                if (steps > certificates.size()) {
                    throw new IllegalArgumentException("the issuedBy links of certificate " + start + " go round in a loop");
                }
                at = next;
            }
        }
    }
}
