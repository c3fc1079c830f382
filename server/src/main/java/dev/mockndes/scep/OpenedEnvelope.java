package dev.mockndes.scep;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** The decrypted content of a pkcsPKIEnvelope and the content cipher the client chose (the reply uses the same). */
public record OpenedEnvelope(byte[] content, AlgorithmIdentifier contentCipher) {
}
