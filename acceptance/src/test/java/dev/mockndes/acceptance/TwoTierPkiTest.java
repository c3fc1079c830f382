package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.protocol.ScepOids;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBMPString;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A root above the issuing CA: GetCACert carries both, the thumbprints are the root's, and enrolment chains to the root. */
class TwoTierPkiTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .pki(PkiSettings.defaults().withRoot("CN=Test Root,O=mock-ndes").withCertificateTemplate("MockDeviceTemplate")).build();

    @Test
    void enrolsUnderAnIssuingCaAndTheCertificateChainsToTheRootFromGetCaCert() throws Exception {
        assertThat(ndes.server().caThumbprints()).isEqualTo(Thumbprints.of(Certificates.encoded(ndes.server().pki().root().orElseThrow())));
        // jscep pins the CA that issued the RA certificates (the issuing CA), not the root.
        String issuingSha256 = Thumbprints.of(Certificates.encoded(ndes.server().pki().ca().certificate())).sha256();
        Client client = JscepClients.forUrl(ndes.scepUrl(), issuingSha256);
        DeviceIdentity device = DeviceIdentity.create("two-tier", Optional.empty());

        EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());

        assertThat(response.isSuccess()).isTrue();
        X509Certificate issued = JscepEnrolmentTest.issuedTo(response, device);
        List<X509Certificate> cas = new ArrayList<>();
        X509CertSelector caSelector = new X509CertSelector();
        caSelector.setBasicConstraints(0);
        client.getCaCertificate().getCertificates(caSelector).forEach(c -> cas.add((X509Certificate) c));
        assertThat(cas).hasSize(2);
        X509Certificate root = cas.stream().filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                .findFirst().orElseThrow();
        X509Certificate issuing = cas.stream().filter(c -> c != root).findFirst().orElseThrow();
        assertThat(issued.getIssuerX500Principal()).isEqualTo(issuing.getSubjectX500Principal());
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(issued, issuing)), parameters);

        byte[] template = issued.getExtensionValue(ScepOids.MS_CERTIFICATE_TEMPLATE_NAME.getId());
        assertThat(template).as("certificate template extension").isNotNull();
        var name = DERBMPString.getInstance(ASN1Primitive.fromByteArray(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(template).getOctets()));
        assertThat(name.getString()).isEqualTo("MockDeviceTemplate");
    }
}
