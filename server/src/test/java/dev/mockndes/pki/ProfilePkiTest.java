package dev.mockndes.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.common.profile.RecordedCertificate;
import dev.mockndes.common.profile.RecordedChain;
import dev.mockndes.common.profile.RecordedExtension;
import dev.mockndes.common.profile.RecordedKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class ProfilePkiTest {
    private static final Instant RECORDED = Instant.parse("2026-06-01T00:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
    /** keyUsage digitalSignature, critical; a template name extension with a BMPString, copied byte for byte. */
    private static final String DIGITAL_SIGNATURE = "AwIHgA==";
    private static final String TEMPLATE = "HiwARQBuAHIAbwBsAGwAbQBlAG4AdABBAGcAZQBuAHQATwBmAGYAbABpAG4AZQ==";

    @Test
    void anEcRootAndAnRsaRaAreMadeInTheirShapesWithKeyIdentifiersFromOurKeys() throws Exception {
        RecordedCertificate ra = shape("CN=Contoso RA,O=Contoso", "CN=Contoso EC Root", 1, new RecordedKey("RSA", 1024, null),
                "SHA384withECDSA", "2026-05-01T00:00:00Z", "2028-05-01T00:00:00Z", List.of(
                        new RecordedExtension("2.5.29.15", null, true, DIGITAL_SIGNATURE, null),
                        new RecordedExtension("1.3.6.1.4.1.311.20.2", null, false, TEMPLATE, null),
                        new RecordedExtension(RecordedExtension.SUBJECT_KEY_IDENTIFIER, null, false, null, null),
                        new RecordedExtension(RecordedExtension.AUTHORITY_KEY_IDENTIFIER, null, false, null, null)));
        RecordedCertificate root = shape("CN=Contoso EC Root", "CN=Contoso EC Root", 1, new RecordedKey("EC", 384, "secp384r1"),
                "SHA384withECDSA", "2020-01-01T00:00:00Z", "2040-01-01T00:00:00Z", List.of(
                        new RecordedExtension("2.5.29.19", null, true, "MAMBAf8=", null),
                        new RecordedExtension(RecordedExtension.SUBJECT_KEY_IDENTIFIER, null, false, null, null)));

        ProfilePki made = ProfilePki.generate(new RecordedChain(RecordedChain.PKCS7, List.of(ra, root)), RECORDED,
                PkiSettings.defaults(), NOW);

        X509CertificateHolder raCert = made.caCertOrder().get(0);
        X509CertificateHolder rootCert = made.caCertOrder().get(1);
        assertThat(raCert.getSubject()).isEqualTo(new X500Name("CN=Contoso RA,O=Contoso"));
        assertThat(Certificates.toX509(raCert).getSigAlgName()).isEqualTo("SHA384withECDSA");
        assertThat(((RSAPublicKey) Certificates.toX509(raCert).getPublicKey()).getModulus().bitLength()).isEqualTo(1024);
        assertThat(((ECPublicKey) Certificates.toX509(rootCert).getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(384);
        X509Certificate raX509 = Certificates.toX509(raCert);
        raX509.verify(Certificates.toX509(rootCert).getPublicKey());
        assertThat(raCert.getExtension(Extension.keyUsage).isCritical()).isTrue();
        assertThat(Base64.getEncoder().encodeToString(raCert.getExtension(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2"))
                .getExtnValue().getOctets())).isEqualTo(TEMPLATE);
        assertThat(AuthorityKeyIdentifier.fromExtensions(raCert.getExtensions()).getKeyIdentifier())
                .isEqualTo(SubjectKeyIdentifier.fromExtensions(rootCert.getExtensions()).getKeyIdentifier());
        assertThat(Duration.between(raX509.getNotBefore().toInstant(), raX509.getNotAfter().toInstant())).isEqualTo(ra.lifetime());
        assertThat(raX509.getNotBefore().toInstant()).isEqualTo(NOW.instant().minus(Duration.between(ra.notBeforeInstant(), RECORDED)));
        assertThat(made.pki().ca().certificate()).isEqualTo(rootCert);
        assertThat(made.pki().ra().signing().holder()).isEqualTo(raCert);
        assertThat(made.pki().ra().encryption().holder()).isEqualTo(raCert);
        assertThat(made.pki().root()).isEmpty();
    }

    @Test
    void aCaAloneActsAsBothRasAndAnIssuerOutsideTheChainIsStoodInFor() throws Exception {
        RecordedCertificate ca = shape("CN=Issuing CA", "CN=Offline Root", null, new RecordedKey("RSA", 1024, null), "SHA1withRSA",
                "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", List.of(
                        new RecordedExtension("2.5.29.19", null, true, "MAMBAf8=", null),
                        new RecordedExtension(RecordedExtension.AUTHORITY_KEY_IDENTIFIER, null, false, null, null)));

        ProfilePki made = ProfilePki.generate(new RecordedChain(RecordedChain.DER, List.of(ca)), RECORDED, PkiSettings.defaults(), NOW);

        X509CertificateHolder cert = made.caCertOrder().get(0);
        assertThat(cert.getIssuer()).isEqualTo(new X500Name("CN=Offline Root"));
        assertThat(made.pki().ra().signing()).isSameAs(made.pki().ca().credential());
        assertThat(made.pki().ra().encryption()).isSameAs(made.pki().ca().credential());
        assertThat(made.caCertBody(RecordedChain.DER)).isEqualTo(cert.getEncoded());
    }

    @Test
    void anEcCaWithoutRaCertificatesCannotBeReplayedAndSaysWhy() {
        RecordedCertificate ca = shape("CN=EC CA", "CN=EC CA", 0, new RecordedKey("EC", 256, "secp256r1"), "SHA256withECDSA",
                "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", List.of(new RecordedExtension("2.5.29.19", null, true, "MAMBAf8=", null)));

        assertThatThrownBy(() -> ProfilePki.generate(new RecordedChain(RecordedChain.DER, List.of(ca)), RECORDED, PkiSettings.defaults(), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has a key of type EC").hasMessageContaining("RSA");
    }

    private static RecordedCertificate shape(String subject, String issuer, Integer issuedBy, RecordedKey key, String algorithm,
                                             String notBefore, String notAfter, List<RecordedExtension> extensions) {
        return new RecordedCertificate(subject, der(subject), issuer, der(issuer), issuedBy, 3, key, algorithm, notBefore, notAfter,
                extensions);
    }

    private static String der(String name) {
        try {
            return Base64.getEncoder().encodeToString(new X500Name(name).getEncoded());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
