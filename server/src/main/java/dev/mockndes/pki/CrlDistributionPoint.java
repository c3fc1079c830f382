package dev.mockndes.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Where the CA's CRL is published, AD CS style: {@code <base>/<CA common name>.crl}, the base being
 * {@code http://host:port/CertEnroll/} on the site itself unless configured. The URL is known only
 * once the site is bound (port 0), so it is published after start; certificates issued before that
 * (none, in practice) carry no distribution point.
 */
public final class CrlDistributionPoint {
    /** The folder AD CS publishes CRLs to on its web server. */
    public static final String FOLDER = "/CertEnroll/";

    private final String fileName;
    private final AtomicReference<String> url = new AtomicReference<>();

    public CrlDistributionPoint(X500Name ca) {
        this.fileName = commonName(ca) + ".crl";
    }

    /** The path the site serves the CRL at, e.g. {@code /CertEnroll/MOCK-NDES-CA.crl}, percent-encoded. */
    public String path() {
        return FOLDER + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @param base an absolute URL ending in '/', under which the CRL file name is appended */
    public void publishUnder(String base) {
        url.set((base.endsWith("/") ? base : base + "/") + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    public Optional<String> url() {
        return Optional.ofNullable(url.get());
    }

    /** The cRLDistributionPoints extension for issued certificates, once the URL is known. */
    public List<Extension> extensions() {
        String current = url.get();
        if (current == null) {
            return List.of();
        }
        DistributionPoint point = new DistributionPoint(new DistributionPointName(
                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, current))), null, null);
        try {
            return List.of(new Extension(Extension.cRLDistributionPoints, false,
                    new CRLDistPoint(new DistributionPoint[] {point}).getEncoded(ASN1Encoding.DER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? "ca" : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
