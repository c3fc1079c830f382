package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.protocol.CapsProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

/** The annotation's PKI, TLS and caps options. */
@MockNdesTest(twoTier = true, tls = true, capsProfile = CapsProfile.NDES)
class TlsTwoTierAnnotatedTest {

    @Test
    void caCertificateIsTheSelfSignedRootAndEnrolmentOverHttpsTrustsOnlyIt(MockNdesExtension ndes) throws Exception {
        X509Certificate root = ndes.caCertificate();
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        assertThat(root.getSubjectX500Principal().getName()).contains("MOCK-NDES-ROOT-CA");
        assertThat(ndes.scepUrl()).startsWith("https://127.0.0.1:");

        X509Certificate issued = Devices.issued(Devices.enrol(ndes, "tls-device", null));

        assertThat(ndes.issuedCertificates()).containsExactly(issued);
    }

    @Test
    void getCaCapsAnswersWithTheNdesProfile(MockNdesExtension ndes) throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(Devices.trusting(ndes.caCertificate())).build();

        HttpResponse<String> caps = https.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACaps")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(caps.body()).contains("Renewal").doesNotContain("AES");
    }
}
