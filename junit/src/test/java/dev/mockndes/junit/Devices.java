package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.pki.Certificates;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transport.UrlConnectionTransportFactory;

/** A jscep device enrolling against the extension's server, pinned to its CA and, over HTTPS, trusting only the mock PKI. */
final class Devices {
    private Devices() {
    }

    static EnrollmentResponse enrol(MockNdesExtension ndes, String name, String challenge) throws Exception {
        // jscep pins the issuing CA, which is the trust anchor's child in a two-tier PKI; TLS trusts the anchor.
        X509Certificate issuing = Certificates.toX509(ndes.server().pki().ca().certificate());
        Client client = JscepClients.forUrl(ndes.scepUrl(), sha256(issuing));
        if (ndes.scepUrl().startsWith("https:")) {
            client.setTransportFactory(new UrlConnectionTransportFactory(trusting(ndes.caCertificate()).getSocketFactory()));
        }
        DeviceIdentity device = DeviceIdentity.create(name, Optional.ofNullable(challenge));
        return client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
    }

    /** The one certificate a successful enrolment returned. */
    static X509Certificate issued(EnrollmentResponse response) throws Exception {
        assertThat(response.isSuccess()).as("enrolment succeeded").isTrue();
        X509CertSelector endEntity = new X509CertSelector();
        endEntity.setBasicConstraints(-2);
        var certificates = response.getCertStore().getCertificates(endEntity);
        assertThat(certificates).hasSize(1);
        return (X509Certificate) certificates.iterator().next();
    }

    static String sha256(X509Certificate certificate) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    static SSLContext trusting(X509Certificate anchor) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("mock-ndes", anchor);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
