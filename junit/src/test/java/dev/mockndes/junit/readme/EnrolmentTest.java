package dev.mockndes.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.junit.MockNdesExtension;
import java.math.BigInteger;
import java.net.URL;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.client.verification.OptimisticCertificateVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnrolmentTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().scenario("healthy").challenge("s3cret").build();

    @Test
    void enrols() throws Exception {
        EnrollmentResponse response = enrol("s3cret");

        assertThat(response.isSuccess()).isTrue();
        X509Certificate issued = ndes.issuedCertificates().get(0);
        issued.verify(ndes.caCertificate().getPublicKey());
        assertThat(ndes.iisLog()).anyMatch(line -> line.contains("POST /certsrv/mscep/mscep.dll operation=PKIOperation"));
    }

    @Test
    void aStoppedApplicationPoolIsAnHttp503() {
        ndes.useScenario("app-pool-stopped");  // back to "healthy" before the next test

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> enrol("s3cret")).hasMessageContaining("503");
        assertThat(ndes.httpErrLog()).anyMatch(line -> line.contains("503 1 AppOffline SCEP"));
    }

    private static EnrollmentResponse enrol(String challenge) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Principal subject = new X500Principal("CN=test-device");
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        X509Certificate self = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.ONE, new Date(), new Date(System.currentTimeMillis() + 86_400_000L), subject, keys.getPublic())
                .build(signer));
        PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_challengePassword, new DERPrintableString(challenge))
                .build(signer);
        Client client = new Client(new URL(ndes.scepUrl()), new OptimisticCertificateVerifier());
        return client.enrol(self, keys.getPrivate(), csr);
    }
}
