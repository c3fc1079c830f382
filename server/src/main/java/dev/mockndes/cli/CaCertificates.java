package dev.mockndes.cli;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CA certificates of a GetCACert answer (a single DER certificate or a certs-only PKCS#7 with
 * the RA certificates too), ordered from the issuing CA up to the trust anchor.
 */
record CaCertificates(List<X509Certificate> chain) {

    /** @throws IllegalArgumentException when the body holds no certificate or no CA certificate */
    static CaCertificates fromGetCaCert(byte[] body) {
        List<X509Certificate> cas = new ArrayList<>();
        try {
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(body))) {
                X509Certificate x509 = (X509Certificate) certificate;
                if (x509.getBasicConstraints() >= 0) {
                    cas.add(x509);
                }
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("the GetCACert answer holds no readable certificate: " + e.getMessage(), e);
        }
        if (cas.isEmpty()) {
            throw new IllegalArgumentException("the GetCACert answer holds no CA certificate");
        }
        return new CaCertificates(ordered(cas));
    }

    /** The certificate to trust: the root of a two-tier PKI, else the CA itself. */
    X509Certificate trustAnchor() {
        return chain.get(chain.size() - 1);
    }

    /** Issuing CA first: the CA that issued none of the others; then each one's issuer while it is in the set. */
    private static List<X509Certificate> ordered(List<X509Certificate> cas) {
        X509Certificate lowest = cas.stream()
                .filter(ca -> cas.stream().noneMatch(other -> other != ca && issued(ca, other)))
                .findFirst().orElse(cas.get(0));
        List<X509Certificate> chain = new ArrayList<>(List.of(lowest));
        for (Optional<X509Certificate> up = issuerOf(lowest, cas, chain); up.isPresent(); up = issuerOf(up.get(), cas, chain)) {
            chain.add(up.get());
        }
        return List.copyOf(chain);
    }

    private static Optional<X509Certificate> issuerOf(X509Certificate child, List<X509Certificate> cas, List<X509Certificate> taken) {
        return cas.stream().filter(ca -> !taken.contains(ca) && issued(ca, child)).findFirst();
    }

    private static boolean issued(X509Certificate issuer, X509Certificate child) {
        return child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
    }
}
