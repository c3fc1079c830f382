package dev.mockndes.store;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Every certificate the CA has issued, and the revocations. Implementations are thread-safe.
 *
 * <p>Durability contract: when {@link #add} or {@link #revoke} returns, the record survives a
 * {@code kill -9} of the process (a durable implementation has written and forced it to disk). The
 * issuer calls {@code add} before the certificate leaves the server, so a client never holds a
 * certificate the store has forgotten.
 *
 * <p>Cost contract: {@code add}, {@code find} and {@code revoke} stay flat as the store grows
 * (a million certificates must not slow issuing noticeably).
 */
public interface CertificateStore {

    /** Records a newly issued certificate. Serial numbers are unique; adding a known serial is a bug. */
    void add(X509CertificateHolder certificate);

    /** The certificate with this serial number, issued by this CA. */
    Optional<X509CertificateHolder> find(BigInteger serial);

    /** How many certificates were ever issued. */
    long count();

    /** The most recently issued certificates, newest first, at most {@code limit}. */
    List<X509CertificateHolder> recent(int limit);

    /**
     * Revokes a certificate this CA issued.
     *
     * @return false when the serial is unknown or already revoked (the first revocation stands)
     */
    boolean revoke(Revocation revocation);

    /** The revocation of this serial, if any. */
    Optional<Revocation> revocation(BigInteger serial);

    /** Every revocation, in the order they were made: what the CRL lists. */
    List<Revocation> revocations();
}
