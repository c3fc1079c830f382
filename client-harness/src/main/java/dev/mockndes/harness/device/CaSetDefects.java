package dev.mockndes.harness.device;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Documented defects of a GetCACert set, as devices check them before they go on (iOS, Windows) and
 * as the probe names them; each answers what it found, or empty.
 */
public final class CaSetDefects {
    /** sha1WithRSAEncryption and RSASSA-PSS, the CA signatures iOS refuses. */
    private static final String SHA1_WITH_RSA = "1.2.840.113549.1.1.5";
    private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";

    private CaSetDefects() {
    }

    /**
     * What iOS holds against the CA certificates: one signed with SHA-1 or RSASSA-PSS, or a chain
     * whose top is not self-signed (an intermediate served as the root).
     */
    public static Optional<String> appleRefusal(CaCertificates certs) {
        for (X509Certificate cert : certs.all()) {
            if (!CaCertificates.isCa(cert)) {
                continue;
            }
            if (cert.getSigAlgOID().equals(SHA1_WITH_RSA)) {
                return Optional.of("the CA certificate " + cert.getSubjectX500Principal() + " is signed with SHA-1 (sha1WithRSAEncryption)");
            }
            if (cert.getSigAlgOID().equals(RSASSA_PSS)) {
                return Optional.of("the CA certificate " + cert.getSubjectX500Principal() + " is signed with RSASSA-PSS");
            }
        }
        if (!CaCertificates.selfSigned(certs.trustAnchor())) {
            return Optional.of("the top CA certificate " + certs.trustAnchor().getSubjectX500Principal() + " is issued by "
                    + certs.trustAnchor().getIssuerX500Principal() + ", which GetCACert does not carry: an intermediate served as the root");
        }
        return Optional.empty();
    }

    /**
     * The RA certificate whose chain Windows cannot build to a root: its issuer is named by a CA
     * certificate of the set, but none of them signed it (a CA renewed with a new key while the RA
     * certificates still come from the old one). Chain building then ends at a root that is not
     * trusted: CERT_E_UNTRUSTEDROOT.
     */
    public static Optional<X509Certificate> raWithBrokenChain(CaCertificates certs) {
        return Stream.of(certs.signingRa(), certs.encryptionRa()).flatMap(Optional::stream)
                .filter(ra -> certs.all().stream().anyMatch(c -> CaCertificates.isCa(c)
                        && c.getSubjectX500Principal().equals(ra.getIssuerX500Principal())))
                .filter(ra -> CaCertificates.issuerOf(ra, certs.all()).isEmpty())
                .findFirst();
    }

    /**
     * The CA certificate clients fall back to when the set has RA certificates but none with
     * keyEncipherment: clients that choose by key usage encrypt to it, and NDES, which decrypts with
     * the CEP Encryption key only, cannot open their requests.
     */
    public static Optional<X509Certificate> fallbackRecipient(CaCertificates certs) {
        boolean hasRa = certs.all().stream().anyMatch(c -> !CaCertificates.isCa(c));
        boolean hasEncryption = certs.all().stream().anyMatch(c -> !CaCertificates.isCa(c) && CaCertificates.usage(c, 2));
        return hasRa && !hasEncryption ? Optional.of(certs.recipient()) : Optional.empty();
    }
}
