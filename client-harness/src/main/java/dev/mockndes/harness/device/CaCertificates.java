package dev.mockndes.harness.device;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;

/**
 * A GetCACert answer taken apart the way most clients do it: by key usage and chain, not by
 * position. The RA certificates are the end-entity certificates with digitalSignature (signing)
 * and keyEncipherment (encryption); the CA is the issuer of the RA certificates (or the only
 * certificate); the trust anchor is the self-signed certificate of the set, or the CA.
 */
public record CaCertificates(List<X509Certificate> all, X509Certificate ca, Optional<X509Certificate> signingRa,
                             Optional<X509Certificate> encryptionRa, X509Certificate trustAnchor) {
    public static final String CA_CERT = "application/x-x509-ca-cert";
    public static final String CA_RA_CERT = "application/x-x509-ca-ra-cert";

    /** Parses by the answer's Content-Type (exact, as Apple and the strict client compare it). */
    public static CaCertificates parse(HttpAnswer answer) throws DeviceStop {
        List<X509Certificate> certs = switch (answer.contentType()) {
            case CA_CERT -> List.of(certificate(answer.body()));
            case CA_RA_CERT -> certsOnly(answer.body());
            default -> throw new DeviceStop(new Outcome.InvalidResponse("GetCACert answered with Content-Type '"
                    + answer.header("content-type").orElse("") + "', not " + CA_CERT + " or " + CA_RA_CERT));
        };
        if (certs.isEmpty()) {
            throw new DeviceStop(new Outcome.InvalidResponse("GetCACert carried no certificate"));
        }
        return of(certs);
    }

    public static CaCertificates of(List<X509Certificate> certs) {
        Optional<X509Certificate> signing = certs.stream().filter(c -> !isCa(c) && usage(c, 0)).findFirst();
        Optional<X509Certificate> encryption = certs.stream().filter(c -> !isCa(c) && usage(c, 2)).findFirst();
        X509Certificate ca = signing.or(() -> encryption).flatMap(ra -> issuerOf(ra, certs))
                .or(() -> certs.stream().filter(CaCertificates::isCa).filter(c -> !selfSigned(c)).findFirst())
                .or(() -> certs.stream().filter(CaCertificates::isCa).findFirst())
                .orElse(certs.get(0));
        X509Certificate anchor = ca;
        for (int depth = 0; depth < 8 && !selfSigned(anchor); depth++) {
            Optional<X509Certificate> up = issuerOf(anchor, certs);
            if (up.isEmpty()) {
                break;
            }
            anchor = up.get();
        }
        return new CaCertificates(List.copyOf(certs), ca, signing, encryption, anchor);
    }

    /** Both RA certificates present and both issued by a CA certificate of the set. */
    public boolean hasBothRaCertificates() {
        return signingRa.isPresent() && encryptionRa.isPresent() && signingRa.get() != encryptionRa.get()
                && issuerOf(signingRa.get(), all).isPresent() && issuerOf(encryptionRa.get(), all).isPresent();
    }

    /** The certificate the request is encrypted to: the encryption RA, or the CA when there is none. */
    public X509Certificate recipient() {
        return encryptionRa.orElse(ca);
    }

    /** The certificate that must have signed the reply: the signing RA, or the CA when there is none. */
    public X509Certificate replySigner() {
        return signingRa.orElse(ca);
    }

    public static boolean isCa(X509Certificate cert) {
        return cert.getBasicConstraints() >= 0;
    }

    public static boolean selfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The certificate of {@code among} that signed {@code cert}. */
    public static Optional<X509Certificate> issuerOf(X509Certificate cert, Collection<X509Certificate> among) {
        return among.stream().filter(c -> c != cert && isCa(c) && c.getSubjectX500Principal().equals(cert.getIssuerX500Principal()))
                .filter(c -> {
                    try {
                        cert.verify(c.getPublicKey());
                        return true;
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst();
    }

    /** Key usage bit: 0 digitalSignature, 2 keyEncipherment, 5 keyCertSign. */
    public static boolean usage(X509Certificate cert, int bit) {
        boolean[] usage = cert.getKeyUsage();
        return usage != null && usage.length > bit && usage[bit];
    }

    static X509Certificate certificate(byte[] der) throws DeviceStop {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new DeviceStop(new Outcome.InvalidResponse("GetCACert is not a DER certificate: " + e.getMessage()));
        }
    }

    static List<X509Certificate> certsOnly(byte[] der) throws DeviceStop {
        try {
            List<X509Certificate> certs = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : new CMSSignedData(der).getCertificates().getMatches(null)) {
                certs.add(converter.getCertificate(holder));
            }
            return certs;
        } catch (Exception e) {
            throw new DeviceStop(new Outcome.InvalidResponse("GetCACert is not a certs-only PKCS#7: " + e.getMessage()));
        }
    }
}
