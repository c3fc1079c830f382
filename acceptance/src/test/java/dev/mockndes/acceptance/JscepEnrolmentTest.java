package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.protocol.Capability;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.jscep.transport.TransportFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** jscep, the SCEP library inside the Android Intune agent, enrols against a real listener. */
class JscepEnrolmentTest {
    private static final String CHALLENGE = "s3cret";
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge(CHALLENGE).build();

    @Test
    void enrolsOverPostAndTheCertificateChainsToTheCaFromGetCaCert() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        var transports = new JscepClients.RecordingTransports();
        client.setTransportFactory(transports);
        DeviceIdentity device = DeviceIdentity.create("android-post", Optional.of(CHALLENGE));

        EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());

        assertThat(response.isSuccess()).as("enrolment succeeded").isTrue();
        assertThat(transports.methods).contains(TransportFactory.Method.POST);
        X509Certificate issued = issuedTo(response, device);
        assertChainsToCaFromGetCaCert(client.getCaCertificate(), issued);
        assertThat(issued.getSubjectX500Principal().getName()).isEqualTo("O=scep-harness,CN=android-post");
        assertThat(issued.getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
                .containsExactlyInAnyOrder("android-post.devices.test", "android-post@devices.test");
        assertThat(issued.getSerialNumber().bitLength()).isGreaterThanOrEqualTo(128);
        assertThat(issued.getSerialNumber().signum()).isPositive();
    }

    @Test
    void enrolsOverGetWhenTheCapsOmitPostPkiOperation() throws Exception {
        ServerConfig getOnly = ServerConfig.defaults().withChallenge(CHALLENGE)
                .withCapabilities(List.of(Capability.SHA_256, Capability.AES, Capability.DES3));
        try (MockNdes server = MockNdes.start(getOnly)) {
            Client client = JscepClients.forUrl(server.scepUrl(), server.caThumbprints().sha256());
            var transports = new JscepClients.RecordingTransports();
            client.setTransportFactory(transports);
            DeviceIdentity device = DeviceIdentity.create("android-get", Optional.of(CHALLENGE));

            EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());

            assertThat(response.isSuccess()).isTrue();
            assertThat(transports.methods).containsOnly(TransportFactory.Method.GET);
            assertChainsToCaFromGetCaCert(client.getCaCertificate(), issuedTo(response, device));
        }
    }

    @Test
    void wrongChallengeIsReportedByJscepAsFailureWithBadRequest() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("android-wrong", Optional.of("not-the-secret"));

        EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());

        assertThat(response.isFailure()).isTrue();
        assertThat(response.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    static X509Certificate issuedTo(EnrollmentResponse response, DeviceIdentity device) throws Exception {
        X509CertSelector selector = new X509CertSelector();
        selector.setSubjectPublicKey(device.keys().getPublic());
        Collection<? extends java.security.cert.Certificate> matches = response.getCertStore().getCertificates(selector);
        assertThat(matches).as("a certificate for the device's key").hasSize(1);
        return (X509Certificate) matches.iterator().next();
    }

    /** PKIX path validation from the issued certificate to the CA certificate found in GetCACert. */
    static void assertChainsToCaFromGetCaCert(CertStore caCertificates, X509Certificate issued) throws Exception {
        X509CertSelector caSelector = new X509CertSelector();
        caSelector.setBasicConstraints(0);
        List<X509Certificate> cas = new ArrayList<>();
        caCertificates.getCertificates(caSelector).forEach(c -> cas.add((X509Certificate) c));
        assertThat(cas).as("exactly one CA certificate in GetCACert").hasSize(1);
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(cas.get(0), null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(issued)), parameters);
    }
}
