package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * HTTPS server certificates for the SCEP site, issued by the mock CA so that trusting the CA (what
 * {@code mock-ndes ca export} writes) is enough. Not recorded in the certificate store: it is the
 * server's own, not a device's.
 */
public final class TlsServerCertificates {
    /** The longest lifetime browsers accept for a server certificate. */
    static final Duration VALIDITY = Duration.ofDays(397);

    private TlsServerCertificates() {
    }

    /**
     * A fresh key and certificate for {@code hosts}: the first is the common name, each is a
     * subjectAltName (an IP address for IPv4/IPv6 literals, else a DNS name); serverAuth only.
     */
    public static Credential issue(Credential ca, List<String> hosts, int keyBits, Clock clock) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a TLS server certificate needs at least one host name");
        }
        SecureRandom random = new SecureRandom();
        KeyPair keys = KeyPairs.rsa(keyBits, random);
        Validity validity = Validity.startingNow(clock, VALIDITY);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, hosts.get(0))
                .addRDN(BCStyle.O, "mock-ndes").build();
        GeneralName[] names = hosts.stream().map(TlsServerCertificates::name).toArray(GeneralName[]::new);
        try {
            var builder = new JcaX509v3CertificateBuilder(ca.holder().getSubject(), new SerialNumbers(random).next(),
                    validity.notBefore(), validity.notAfter(), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
                    .addExtension(Extension.subjectKeyIdentifier, false, Extensions.subjectKeyId(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, Extensions.authorityKeyId(ca.holder()));
            return Credential.of(CertificateSigner.sign(builder, ca.privateKey()), keys.getPrivate());
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode TLS certificate extensions", e);
        }
    }

    private static GeneralName name(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return IPAddress.isValid(bare) ? new GeneralName(GeneralName.iPAddress, bare) : new GeneralName(GeneralName.dNSName, host);
    }
}
