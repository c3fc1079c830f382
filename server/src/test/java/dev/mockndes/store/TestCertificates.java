package dev.mockndes.store;

import dev.mockndes.pki.KeyPairs;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Real, signed certificates with chosen serials, cheap enough to make hundreds of (one 1024-bit key signs all). */
final class TestCertificates {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final KeyPair KEYS = KeyPairs.rsa(1024, RANDOM);

    private TestCertificates() {
    }

    static BigInteger randomSerial() {
        return new BigInteger(158, RANDOM).setBit(157);
    }

    static X509CertificateHolder withSerial(BigInteger serial) {
        try {
            X500Name name = new X500Name("CN=device " + serial.toString(16) + ",O=mock-ndes tests");
            return new JcaX509v3CertificateBuilder(name, serial, new Date(), new Date(System.currentTimeMillis() + 86_400_000L),
                    name, KEYS.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(KEYS.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509CertificateHolder random() {
        return withSerial(randomSerial());
    }
}
