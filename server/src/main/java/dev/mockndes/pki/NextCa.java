package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The CA that will take over after a rollover, and the RA pair it issued: what GetNextCACert hands
 * out ahead of time. Kept apart from {@link Pki} because it is optional and not yet in force.
 *
 * <p>The next CA has the current CA's name and a new key, as an AD CS CA renewal with a new key
 * does. It is self-signed: the root's private key is not kept, even in a two-tier PKI.
 */
public record NextCa(Credential ca, RaCredentials ra) {

    /** The certificates GetNextCACert carries: next RA signing, next RA encryption, next CA (the GetCACert layout). */
    public List<X509CertificateHolder> certificates() {
        return List.of(ra.signing().holder(), ra.encryption().holder(), ca.holder());
    }

    /** Fresh keys (slow: three RSA key generations). */
    public static NextCa generate(Pki current, PkiSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        SerialNumbers serials = new SerialNumbers(random);
        KeyPair caKeys = KeyPairs.rsa(settings.keyBits(), random);
        Credential ca = Credential.of(AuthorityCertificates.selfSignedCa(current.ca().certificate().getSubject(), caKeys,
                serials.next(), Validity.startingNow(clock, PkiSettings.CA_VALIDITY)), caKeys.getPrivate());
        X500Name raSubject = new X500Name(settings.raSubject());
        Validity raValidity = Validity.startingNow(clock, PkiSettings.RA_VALIDITY);
        KeyPair signing = KeyPairs.rsa(settings.keyBits(), random);
        KeyPair encryption = KeyPairs.rsa(settings.keyBits(), random);
        return new NextCa(ca, new RaCredentials(
                Credential.of(AuthorityCertificates.raSigning(ca, raSubject, signing, serials.next(), raValidity), signing.getPrivate()),
                Credential.of(AuthorityCertificates.raEncryption(ca, raSubject, encryption, serials.next(), raValidity),
                        encryption.getPrivate())));
    }
}
