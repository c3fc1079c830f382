package dev.mockndes.pki;

import dev.mockndes.protocol.ScepOids;
import java.time.Clock;
import java.time.Duration;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Issues end-entity certificates from PKCS#10 requests. Thread-safe.
 *
 * <p>The issued certificate carries the CSR's subject, public key and subjectAltName. Key usage and
 * extended key usage come from the request when it asks for them, otherwise digitalSignature +
 * keyEncipherment and Client Authentication, which is what an Intune SCEP profile asks for by default.
 * Every certificate names the template it was issued from, as AD CS does.
 */
public final class CertificateAuthority {
    private final Credential credential;
    private final SerialNumbers serials;
    private final Duration issuedValidity;
    private final String templateName;
    private final Clock clock;

    /** @param templateName the v1 certificate template name written into every issued certificate */
    public CertificateAuthority(Credential credential, SerialNumbers serials, Duration issuedValidity, String templateName,
                                Clock clock) {
        this.credential = credential;
        this.serials = serials;
        this.issuedValidity = issuedValidity;
        this.templateName = templateName;
        this.clock = clock;
    }

    public Credential credential() {
        return credential;
    }

    public X509CertificateHolder certificate() {
        return credential.holder();
    }

    public X509CertificateHolder issue(PKCS10CertificationRequest csr) {
        return issue(csr, java.util.List.of());
    }

    /** @param additional extensions the CA adds to every certificate, e.g. the CRL distribution point */
    public X509CertificateHolder issue(PKCS10CertificationRequest csr, java.util.List<Extension> additional) {
        Validity validity = Validity.startingNow(clock, issuedValidity);
        RequestedExtensions requested = RequestedExtensions.of(csr);
        try {
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(certificate().getSubject(), serials.next(),
                    validity.notBefore(), validity.notAfter(), csr.getSubject(), csr.getSubjectPublicKeyInfo())
                    .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
                    .addExtension(Extension.subjectKeyIdentifier, false, Extensions.subjectKeyId(csr.getSubjectPublicKeyInfo()))
                    .addExtension(Extension.authorityKeyIdentifier, false, Extensions.authorityKeyId(certificate()))
                    .addExtension(ScepOids.MS_CERTIFICATE_TEMPLATE_NAME, false, new DERBMPString(templateName));
            builder.addExtension(requested.get(Extension.keyUsage).orElseGet(() -> new Extension(Extension.keyUsage, true,
                    encoded(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)))));
            builder.addExtension(requested.get(Extension.extendedKeyUsage).orElseGet(() -> new Extension(Extension.extendedKeyUsage,
                    false, encoded(new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)))));
            var subjectAltName = requested.get(Extension.subjectAlternativeName);
            if (subjectAltName.isPresent()) {
                // RFC 5280 §4.2.1.6: with an empty subject the SAN must be critical.
                boolean critical = csr.getSubject().getRDNs().length == 0 || subjectAltName.get().isCritical();
                builder.addExtension(Extension.subjectAlternativeName, critical, subjectAltName.get().getParsedValue());
            }
            for (Extension extension : additional) {
                builder.addExtension(extension);
            }
            return CertificateSigner.sign(builder, credential.privateKey());
        } catch (CertIOException e) {
            throw new IllegalArgumentException("the request's extensions cannot be copied: " + e.getMessage(), e);
        }
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Object value) {
        try {
            return value.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
