package dev.mockndes.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A certificate's public key, by type and size only (the replay makes its own key of that shape).
 *
 * @param algorithm {@code RSA} or {@code EC}
 * @param bits      the RSA modulus length, or the EC curve's field size
 * @param curve     the EC curve's name (e.g. {@code secp256r1}); null for RSA
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedKey(@JsonProperty(required = true) String algorithm, @JsonProperty(required = true) int bits, String curve) {

    public RecordedKey {
        if (!algorithm.equals("RSA") && !algorithm.equals("EC")) {
            throw new IllegalArgumentException("key algorithm '" + algorithm + "' cannot be replayed (RSA or EC)");
        }
        if (algorithm.equals("RSA") && (bits < 512 || bits > 16384)) {
            throw new IllegalArgumentException("an RSA key of " + bits + " bits cannot be replayed (512 to 16384)");
        }
        if (algorithm.equals("EC") && curve == null) {
            throw new IllegalArgumentException("an EC key needs its curve, e.g. \"curve\": \"secp256r1\"");
        }
    }
}
