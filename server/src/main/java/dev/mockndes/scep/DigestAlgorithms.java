package dev.mockndes.scep;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Maps a request's digest algorithm to the RSA signature the CertRep is signed with, so replies use the client's digest. */
final class DigestAlgorithms {
    private static final String FALLBACK = "SHA256withRSA";
    private static final Map<ASN1ObjectIdentifier, String> RSA_SIGNATURES = Map.of(
            PKCSObjectIdentifiers.md5, "MD5withRSA",
            OIWObjectIdentifiers.idSHA1, "SHA1withRSA",
            NISTObjectIdentifiers.id_sha224, "SHA224withRSA",
            NISTObjectIdentifiers.id_sha256, "SHA256withRSA",
            NISTObjectIdentifiers.id_sha384, "SHA384withRSA",
            NISTObjectIdentifiers.id_sha512, "SHA512withRSA");

    private DigestAlgorithms() {
    }

    /** True for the digests the server accepts in requests: MD5, SHA-1 and the SHA-2 family. */
    static boolean supported(AlgorithmIdentifier digest) {
        return digest != null && RSA_SIGNATURES.containsKey(digest.getAlgorithm());
    }

    static String rsaSignatureFor(AlgorithmIdentifier digest) {
        return digest == null ? FALLBACK : RSA_SIGNATURES.getOrDefault(digest.getAlgorithm(), FALLBACK);
    }
}
