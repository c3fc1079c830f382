package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The CA that issues device certificates, the two RA credentials, and in a two-tier PKI the root
 * above the CA.
 *
 * <p>The RA pair may follow the CA: a start makes the CA first (its thumbprints are in the ready line)
 * and the RA pair once its listeners are up ({@link EphemeralCa}). {@link #ra()} waits for it; code on a
 * network thread asks {@link #raPair()} instead.
 */
public final class Pki {
    private final CertificateAuthority ca;
    private final CompletableFuture<RaCredentials> ra;
    private final Optional<X509CertificateHolder> root;

    public Pki(CertificateAuthority ca, RaCredentials ra, Optional<X509CertificateHolder> root) {
        this(ca, CompletableFuture.completedFuture(ra), root);
    }

    /** A PKI whose RA pair is still being made: {@code ra} completes with it (or with the failure to make it). */
    public Pki(CertificateAuthority ca, CompletableFuture<RaCredentials> ra, Optional<X509CertificateHolder> root) {
        this.ca = ca;
        this.ra = ra;
        this.root = root;
    }

    public CertificateAuthority ca() {
        return ca;
    }

    /** The RA pair, waiting for it if it is still being generated: never call it on a network thread before {@link #raPair()} is done. */
    public RaCredentials ra() {
        try {
            return ra.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Completes with this PKI once its RA pair exists (at once when it was made with the CA). */
    public CompletableFuture<Pki> raPair() {
        return ra.thenApply(made -> this);
    }

    public Optional<X509CertificateHolder> root() {
        return root;
    }

    /** The CA certificates as GetCACert lists them after the RA certificates: the issuing CA, then the root. */
    public List<X509CertificateHolder> caCertificates() {
        List<X509CertificateHolder> chain = new ArrayList<>(List.of(ca.certificate()));
        root.ifPresent(chain::add);
        return chain;
    }

    /** The certificate devices must trust and whose thumbprint they are given: the root, or the CA itself. */
    public X509CertificateHolder trustAnchor() {
        return root.orElse(ca.certificate());
    }

    /**
     * A new RA pair as {@code variant} describes, with fresh keys (slow: call it off the network
     * threads and keep the result).
     */
    public RaCredentials raVariant(RaVariant variant, PkiSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        SerialNumbers serials = new SerialNumbers(random);
        Credential issuer = ca.credential();
        if (!variant.issuedByCa()) {
            KeyPair foreign = KeyPairs.rsa(settings.keyBits(), random);
            issuer = Credential.of(AuthorityCertificates.selfSignedCa(new X500Name("CN=Some Other CA,O=elsewhere"), foreign,
                    serials.next(), Validity.startingNow(clock, PkiSettings.CA_VALIDITY)), foreign.getPrivate());
        }
        java.time.Instant now = clock.instant();
        Validity validity = new Validity(java.util.Date.from(now.plus(java.time.Duration.ofDays(variant.notBeforeDays()))),
                java.util.Date.from(now.plus(java.time.Duration.ofDays(variant.notAfterDays()))));
        X500Name subject = new X500Name(settings.raSubject());
        KeyPair signing = KeyPairs.rsa(settings.keyBits(), random);
        KeyPair encryption = KeyPairs.rsa(settings.keyBits(), random);
        return new RaCredentials(
                Credential.of(AuthorityCertificates.raSigning(issuer, subject, signing, serials.next(), validity), signing.getPrivate()),
                Credential.of(AuthorityCertificates.raEncryption(issuer, subject, encryption, serials.next(), validity),
                        encryption.getPrivate()));
    }

    /**
     * Generates a fresh, in-memory PKI, RA pair included, before it returns: the CA as a start makes
     * it ({@link EphemeralCa#generate}), then its RA pair ({@link EphemeralCa#newRaPair}). A server
     * start makes the same two steps with the ready line between them.
     */
    public static Pki ephemeral(PkiSettings settings, Clock clock) {
        EphemeralCa ca = EphemeralCa.generate(settings, clock);
        return ca.withRaPair(CompletableFuture.completedFuture(ca.newRaPair(settings, clock)));
    }
}
