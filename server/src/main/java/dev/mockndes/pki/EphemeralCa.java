package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A new in-memory CA (under a new root in a two-tier PKI) before its RA pair: the part of an
 * ephemeral PKI a start needs before it is ready, since the ready line carries the CA's thumbprints.
 * The RA pair, two more RSA keys, is made afterwards by {@link #newRaPair}, once the listeners are
 * up, so a start waits for one key generation (two with a root) instead of three (four). Every key is
 * fresh: nothing is kept between runs.
 */
public record EphemeralCa(CertificateAuthority ca, Optional<X509CertificateHolder> root) {

    /** Generates the CA's key (and the root's, beside it on its own thread) and their certificates. */
    public static EphemeralCa generate(PkiSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        Optional<CompletableFuture<KeyPair>> rootKeys = settings.rootSubject().map(subject -> KeyPairs.rsaOnItsOwnThread(settings.keyBits(), random));
        KeyPair caKeys = KeyPairs.rsa(settings.keyBits(), random);
        SerialNumbers serials = new SerialNumbers(random);
        Validity validity = Validity.startingNow(clock, PkiSettings.CA_VALIDITY);
        X500Name caSubject = new X500Name(settings.caSubject());
        Optional<Credential> root = rootKeys.map(future -> {
            KeyPair keys = future.join();
            return Credential.of(AuthorityCertificates.selfSignedCa(new X500Name(settings.rootSubject().orElseThrow()), keys,
                    serials.next(), validity), keys.getPrivate());
        });
        Credential ca = Credential.of(root
                .map(r -> AuthorityCertificates.subordinateCa(r, caSubject, caKeys, serials.next(), validity))
                .orElseGet(() -> AuthorityCertificates.selfSignedCa(caSubject, caKeys, serials.next(), validity)), caKeys.getPrivate());
        return new EphemeralCa(new CertificateAuthority(ca, serials, settings.issuedValidity(), settings.certificateTemplate(), clock),
                root.map(Credential::holder));
    }

    /** This CA's PKI, whose RA pair is the one {@code raPair} completes with. */
    public Pki withRaPair(CompletableFuture<RaCredentials> raPair) {
        return new Pki(ca, raPair, root);
    }

    /**
     * A new RA pair issued by this CA: two fresh RSA keys, generated in parallel when the process may
     * use more than one core, one after the other on the caller's thread otherwise, so that on one core
     * the server's first requests share it with one key generation, not two (slow: call it off the
     * network threads).
     */
    public RaCredentials newRaPair(PkiSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        CompletableFuture<KeyPair> signingKeys = Runtime.getRuntime().availableProcessors() > 1
                ? KeyPairs.rsaOnItsOwnThread(settings.keyBits(), random) : null;
        KeyPair encryption = KeyPairs.rsa(settings.keyBits(), random);
        KeyPair signing = signingKeys != null ? signingKeys.join() : KeyPairs.rsa(settings.keyBits(), random);
        SerialNumbers serials = new SerialNumbers(random);
        X500Name subject = new X500Name(settings.raSubject());
        Validity validity = Validity.startingNow(clock, PkiSettings.RA_VALIDITY);
        return new RaCredentials(
                Credential.of(AuthorityCertificates.raSigning(ca.credential(), subject, signing, serials.next(), validity), signing.getPrivate()),
                Credential.of(AuthorityCertificates.raEncryption(ca.credential(), subject, encryption, serials.next(), validity),
                        encryption.getPrivate()));
    }
}
