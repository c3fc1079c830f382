package dev.mockndes.pki;

import dev.mockndes.common.profile.RecordedCertificate;
import dev.mockndes.common.profile.RecordedChain;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A PKI made to the shape of a recorded GetCACert chain ({@code serve --profile}): every certificate
 * regenerated with our keys (see {@link ProfileCertificates}), issuers before the certificates they
 * sign, then given the roles clients give them, by key usage and chain: the first end-entity
 * certificate with digitalSignature signs replies, the first with keyEncipherment opens requests,
 * their issuer issues device certificates, and the top of its chain is the root. A chain without RA
 * certificates (a server that answers with its CA alone) uses the CA for both RA roles, so its key
 * must be RSA.
 *
 * @param pki         the roles, for the rest of the server
 * @param caCertOrder the certificates in the recorded GetCACert order
 */
public record ProfilePki(Pki pki, List<X509CertificateHolder> caCertOrder) {

    /** @throws IllegalArgumentException when the chain cannot be replayed (the message says why and what to change) */
    public static ProfilePki generate(RecordedChain chain, Instant recordedAt, PkiSettings settings, Clock clock) {
        List<RecordedCertificate> shapes = chain.certificates();
        int size = shapes.size();
        SecureRandom random = new SecureRandom();
        SerialNumbers serials = new SerialNumbers(random);
        KeyPair[] keys = new KeyPair[size];
        Credential[] made = new Credential[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ProfileKeys.like(shapes.get(i).key(), random);
        }
        Instant now = clock.instant();
        for (int round = 0; round < size; round++) {
            for (int i = 0; i < size; i++) {
                Integer issuer = shapes.get(i).issuedBy();
                if (made[i] == null && (issuer == null || issuer == i || made[issuer] != null)) {
                    KeyPair signing = issuer == null ? ProfileCertificates.absentIssuer(shapes.get(i), random) : keys[issuer];
                    X509CertificateHolder holder = ProfileCertificates.make(shapes.get(i), keys[i].getPublic(), signing.getPublic(),
                            signing.getPrivate(), serials.next(), recordedAt, now);
                    made[i] = Credential.of(holder, keys[i].getPrivate());
                }
            }
        }
        List<Credential> all = Arrays.asList(made);
        Optional<Credential> signingRa = firstEndEntity(all, 0);
        Optional<Credential> encryptionRa = firstEndEntity(all, 2);
        Credential ca = signingRa.or(() -> encryptionRa).flatMap(ra -> issuer(ra, shapes, all))
                .or(() -> all.stream().filter(c -> isCa(c.certificate()) && !selfSigned(c, all, shapes)).findFirst())
                .or(() -> all.stream().filter(c -> isCa(c.certificate())).findFirst())
                .orElse(all.get(0));
        Credential top = ca;
        for (int depth = 0; depth < size; depth++) {
            Optional<Credential> up = issuer(top, shapes, all);
            if (up.isEmpty() || up.get() == top) {
                break;
            }
            top = up.get();
        }
        Credential signer = signingRa.or(() -> encryptionRa).orElse(ca);
        Credential decrypter = encryptionRa.or(() -> signingRa).orElse(ca);
        for (Credential ra : List.of(signer, decrypter)) {
            if (!(ra.privateKey() instanceof RSAKey)) {
                throw new IllegalArgumentException("the profile's " + (ra == ca ? "CA, which has to act as RA," : "RA certificate")
                        + " has a key of type " + ra.privateKey().getAlgorithm() + "; SCEP requests are encrypted to RSA keys, so the mock "
                        + "cannot replay it (record a server whose RA certificates are RSA)");
            }
        }
        var authority = new CertificateAuthority(ca, serials, settings.issuedValidity(), settings.certificateTemplate(), clock);
        Pki pki = new Pki(authority, new RaCredentials(signer, decrypter), top == ca ? Optional.empty() : Optional.of(top.holder()));
        return new ProfilePki(pki, all.stream().map(Credential::holder).toList());
    }

    private static Optional<Credential> firstEndEntity(List<Credential> all, int keyUsageBit) {
        return all.stream().filter(c -> !isCa(c.certificate())).filter(c -> {
            boolean[] usage = c.certificate().getKeyUsage();
            return usage != null && usage.length > keyUsageBit && usage[keyUsageBit];
        }).findFirst();
    }

    private static Optional<Credential> issuer(Credential of, List<RecordedCertificate> shapes, List<Credential> all) {
        Integer at = shapes.get(all.indexOf(of)).issuedBy();
        return at == null ? Optional.empty() : Optional.of(all.get(at));
    }

    private static boolean selfSigned(Credential c, List<Credential> all, List<RecordedCertificate> shapes) {
        return shapes.get(all.indexOf(c)).selfSigned(all.indexOf(c));
    }

    private static boolean isCa(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0;
    }

    /**
     * GetCACert's body in the recorded layout: a certs-only SignedData, definite-length with the order kept,
     * or the one certificate's DER.
     */
    public byte[] caCertBody(String format) {
        if (format.equals(dev.mockndes.common.profile.RecordedChain.DER)) {
            return Certificates.encoded(caCertOrder.get(0));
        }
        try {
            org.bouncycastle.cms.CMSSignedDataGenerator generator = new org.bouncycastle.cms.CMSSignedDataGenerator();
            generator.addCertificates(new org.bouncycastle.util.CollectionStore<>(caCertOrder));
            return generator.generate(new org.bouncycastle.cms.CMSAbsentContent(), false)
                    .getEncoded(org.bouncycastle.asn1.ASN1Encoding.DL);
        } catch (org.bouncycastle.cms.CMSException | java.io.IOException e) {
            throw new IllegalStateException("cannot encode the certificates: " + e.getMessage(), e);
        }
    }
}
