package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Real server certificates with one thing wrong, for the TLS defect scenarios. Each is a fresh key
 * and certificate made the way {@link TlsServerCertificates} makes the sound one, so a client's
 * verdict depends on the one defect only.
 */
public final class DefectiveTlsCertificates {
    /** The host a wrong-host certificate names: reserved (RFC 2606), so it never matches a dialled name. */
    public static final String OTHER_HOST = "ndes.other-host.invalid";

    private DefectiveTlsCertificates() {
    }

    /** Issued by the mock CA for {@code hosts}, but its validity ended a day ago. */
    public static Credential expired(Credential ca, List<String> hosts, int keyBits, Clock clock) {
        Clock issuedLongAgo = Clock.offset(clock, TlsServerCertificates.VALIDITY.plus(Duration.ofDays(1)).negated());
        return TlsServerCertificates.issue(ca, hosts, keyBits, issuedLongAgo);
    }

    /** Issued by the mock CA, valid, but for {@link #OTHER_HOST} only. */
    public static Credential forAnotherHost(Credential ca, int keyBits, Clock clock) {
        return TlsServerCertificates.issue(ca, List.of(OTHER_HOST), keyBits, clock);
    }

    /**
     * Valid and for {@code hosts}, but issued by a CA of its own that no client trusts; the chain
     * holds that CA second, as a server sending its whole chain does.
     */
    public static List<Credential> untrusted(List<String> hosts, int keyBits, Clock clock) {
        SecureRandom random = new SecureRandom();
        KeyPair keys = KeyPairs.rsa(keyBits, random);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Untrusted Private Root")
                .addRDN(BCStyle.O, "mock-ndes").build();
        Credential stranger = Credential.of(AuthorityCertificates.selfSignedCa(subject, keys, new SerialNumbers(random).next(),
                Validity.startingNow(clock, Duration.ofDays(3650))), keys.getPrivate());
        return List.of(TlsServerCertificates.issue(stranger, hosts, keyBits, clock), stranger);
    }
}
