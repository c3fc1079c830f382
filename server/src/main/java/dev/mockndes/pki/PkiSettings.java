package dev.mockndes.pki;

import java.time.Duration;
import java.util.Objects;

/**
 * How the ephemeral PKI is made.
 *
 * @param caSubject          distinguished name of the self-signed CA
 * @param raSubject          distinguished name of both RA certificates (NDES gives both the same subject)
 * @param keyBits            RSA key size of the CA and RA keys
 * @param issuedValidity     lifetime of certificates issued to devices
 * @param rootSubject        when present, a two-tier PKI: this self-signed root issues the CA named
 *                           by {@code caSubject}, and GetCACert carries the root too
 * @param certificateTemplate the v1 template name written into issued certificates (NDES's registry
 *                           default for all three purposes is IPSECIntermediateOffline)
 */
public record PkiSettings(String caSubject, String raSubject, int keyBits, Duration issuedValidity,
                          java.util.Optional<String> rootSubject, String certificateTemplate) {
    public static final Duration CA_VALIDITY = Duration.ofDays(3650);
    /** The default lifetime of the "Exchange Enrollment Agent (Offline request)" and "CEP Encryption" templates. */
    public static final Duration RA_VALIDITY = Duration.ofDays(730);

    public PkiSettings {
        Objects.requireNonNull(caSubject, "caSubject");
        Objects.requireNonNull(raSubject, "raSubject");
        Objects.requireNonNull(rootSubject, "rootSubject");
        Objects.requireNonNull(certificateTemplate, "certificateTemplate");
        if (keyBits < 1024) {
            throw new IllegalArgumentException("RSA keys shorter than 1024 bits are refused by every client");
        }
        if (issuedValidity.isNegative() || issuedValidity.isZero()) {
            throw new IllegalArgumentException("issued certificate validity must be positive");
        }
    }

    public static PkiSettings defaults() {
        return new PkiSettings("CN=MOCK-NDES-CA,O=mock-ndes,C=US", "CN=MOCK-NDES-MSCEP-RA,O=mock-ndes,C=US",
                2048, Duration.ofDays(365), java.util.Optional.empty(), "IPSECIntermediateOffline");
    }

    public PkiSettings withIssuedValidity(Duration validity) {
        return new PkiSettings(caSubject, raSubject, keyBits, validity, rootSubject, certificateTemplate);
    }

    /** A two-tier PKI: a root that issues the CA. */
    public PkiSettings withRoot(String subject) {
        return new PkiSettings(caSubject.equals(defaults().caSubject()) ? "CN=MOCK-NDES-ISSUING-CA,O=mock-ndes,C=US" : caSubject,
                raSubject, keyBits, issuedValidity, java.util.Optional.of(subject), certificateTemplate);
    }

    public PkiSettings withCertificateTemplate(String template) {
        return new PkiSettings(caSubject, raSubject, keyBits, issuedValidity, rootSubject, template);
    }
}
