package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/** Builds a {@link Pki} around a CA that already exists (imported, or loaded from a data folder). */
public final class PkiAssembler {
    private PkiAssembler() {
    }

    /** The existing CA with its RA pair. */
    public static Pki of(Credential ca, RaCredentials ra, Optional<X509CertificateHolder> root, PkiSettings settings, Clock clock) {
        var authority = new CertificateAuthority(ca, new SerialNumbers(new SecureRandom()), settings.issuedValidity(),
                settings.certificateTemplate(), clock);
        return new Pki(authority, ra, root);
    }

    /** The existing CA with a new RA pair it issues now (fresh RSA keys: slow). */
    public static Pki withNewRa(Credential ca, Optional<X509CertificateHolder> root, PkiSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        SerialNumbers serials = new SerialNumbers(random);
        X500Name subject = new X500Name(settings.raSubject());
        Validity validity = Validity.startingNow(clock, PkiSettings.RA_VALIDITY);
        KeyPair signing = KeyPairs.rsa(settings.keyBits(), random);
        KeyPair encryption = KeyPairs.rsa(settings.keyBits(), random);
        RaCredentials ra = new RaCredentials(
                Credential.of(AuthorityCertificates.raSigning(ca, subject, signing, serials.next(), validity), signing.getPrivate()),
                Credential.of(AuthorityCertificates.raEncryption(ca, subject, encryption, serials.next(), validity),
                        encryption.getPrivate()));
        return of(ca, ra, root, settings, clock);
    }
}
