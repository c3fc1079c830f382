package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.pki.CaCertVariant;
import java.util.List;

/**
 * GetCACert carries a certificate set with a documented defect, really generated (see
 * {@code pki.CaCertVariants}); other operations are untouched and the server keeps its healthy keys.
 * {@code encryption-ra-without-key-encipherment} leaves clients that choose by key usage without an
 * encryption certificate, so they encrypt to the CA (NDES then raises Event 18); {@code ca-signed-sha1}, {@code ca-signed-pss} and
 * {@code intermediate-as-root} are what iOS refuses right after GetCACert;
 * {@code ra-chained-to-old-ca} is a renewed CA whose RA certificates still chain to the old key.
 */
@JsonClassDescription("GetCACert carries a really generated certificate set with a documented defect; other operations are untouched.")
@JsonTypeName("ca-certificates")
public record CaCertificatesVariant(
        @JsonProperty(required = true)
        @JsonPropertyDescription("encryption-ra-without-key-encipherment, ca-signed-sha1, ca-signed-pss, intermediate-as-root or ra-chained-to-old-ca.")
        @Accepts(words = "variants") String variant) implements Fault {

    public CaCertificatesVariant {
        if (CaCertVariant.fromWire(variant).isEmpty()) {
            throw new IllegalArgumentException("unknown variant '" + variant + "'; use one of " + String.join(", ", variants()));
        }
    }

    /** The words {@code variant} takes. */
    public static List<String> variants() {
        return CaCertVariant.wires();
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.caCertificateSet(CaCertVariant.fromWire(variant).orElseThrow());
    }
}
