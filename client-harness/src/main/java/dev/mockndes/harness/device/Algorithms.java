package dev.mockndes.harness.device;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;

/**
 * The content cipher and digest a client picked from GetCACaps.
 *
 * @param cipherName AES-128, AES-256, 3DES or DES, as logs show it
 * @param digest     SHA-512, SHA-256, SHA-1 or MD5
 */
public record Algorithms(ASN1ObjectIdentifier cipher, String cipherName, String digest) {
    public static final Algorithms AES128_SHA256 = new Algorithms(CMSAlgorithm.AES128_CBC, "AES-128", "SHA-256");

    /** "SHA256withRSA" for SHA-256. */
    public String signatureAlgorithm() {
        return digest.replace("-", "") + "withRSA";
    }

    /**
     * Apple's choice: AES if listed, else 3DES; the strongest of SHA-512, SHA-256, SHA-1 that is
     * listed, and none at all ("insufficient CA caps") when none is. {@code SCEPStandard} is ignored.
     *
     * @return null when the caps are insufficient
     */
    public static Algorithms apple(Set<String> caps) {
        ASN1ObjectIdentifier cipher = caps.contains("AES") ? CMSAlgorithm.AES128_CBC : CMSAlgorithm.DES_EDE3_CBC;
        String cipherName = caps.contains("AES") ? "AES-128" : "3DES";
        for (String digest : new String[] {"SHA-512", "SHA-256", "SHA-1"}) {
            if (caps.contains(digest)) {
                return new Algorithms(cipher, cipherName, digest);
            }
        }
        return null;
    }

    /**
     * Our model of Windows' choice (no public source pins it): 3DES, and SHA-256 when listed, else SHA-1.
     */
    public static Algorithms windows(Set<String> caps) {
        return new Algorithms(CMSAlgorithm.DES_EDE3_CBC, "3DES", caps.contains("SHA-256") ? "SHA-256" : "SHA-1");
    }

    /**
     * RFC 8894's baseline: AES-128 and SHA-256, which a server must list (or imply with
     * SCEPStandard) for the strict client to go on.
     *
     * @return null when the server offers neither explicitly nor through SCEPStandard
     */
    public static Algorithms rfc8894(Set<String> caps) {
        boolean standard = caps.contains("SCEPStandard");
        return (standard || caps.contains("AES")) && (standard || caps.contains("SHA-256")) ? AES128_SHA256 : null;
    }
}
