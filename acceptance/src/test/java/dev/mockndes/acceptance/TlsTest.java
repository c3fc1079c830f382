package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.config.TlsSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.pki.Certificates;
import dev.mockndes.support.TrustingSsl;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transport.UrlConnectionTransportFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** --tls: SCEP over HTTPS with a server certificate from the mock CA, or from a PKCS#12 file. */
class TlsTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge("s3cret").tls(TlsSettings.localhost()).build();

    @Test
    void jscepEnrolsOverHttpsTrustingOnlyTheMockCa() throws Exception {
        assertThat(ndes.scepUrl()).startsWith("https://127.0.0.1:");
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        SSLContext tls = TrustingSsl.trusting(ndes.caCertificate());
        client.setTransportFactory(new UrlConnectionTransportFactory(tls.getSocketFactory()));
        DeviceIdentity device = DeviceIdentity.create("android-tls", Optional.of("s3cret"));

        EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());

        assertThat(response.isSuccess()).isTrue();
        assertThat(ndes.issuedCertificates()).hasSize(1);
    }

    @Test
    void theServerCertificateNamesLocalhostAndTheLoopbackAddressForServerAuthentication() throws Exception {
        X509Certificate presented = presentedCertificate(ndes.server(), TrustingSsl.trusting(ndes.caCertificate()));

        assertThat(presented.getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
                .containsExactly("localhost", "127.0.0.1");
        assertThat(presented.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(presented.getIssuerX500Principal()).isEqualTo(Certificates.toX509(ndes.server().pki().ca().certificate())
                .getSubjectX500Principal());
    }

    @Test
    void aClientThatDoesNotTrustTheMockCaRefusesTheHandshake() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACaps")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpToTheTlsPortIsDisconnectedAndTheServerKeepsServingHttps() throws Exception {
        try (Socket plain = new Socket("127.0.0.1", ndes.server().port())) {
            OutputStream out = plain.getOutputStream();
            out.write("GET /certsrv/mscep/mscep.dll?operation=GetCACaps HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = plain.getInputStream();
            byte[] answer = in.readAllBytes(); // returns once the server closes
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("POSTPKIOperation");
        } catch (java.net.SocketException reset) {
            // a reset is a clean refusal too
        }

        HttpClient https = HttpClient.newBuilder().sslContext(TrustingSsl.trusting(ndes.caCertificate())).build();
        HttpResponse<String> caps = https.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACaps")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(caps.statusCode()).isEqualTo(200);
        assertThat(caps.body()).contains("POSTPKIOperation");
    }

    @Test
    void inATwoTierPkiTrustingTheRootIsEnoughBecauseTheIssuingCaIsSentToo() throws Exception {
        ServerConfig twoTier = ServerConfig.defaults().withTls(TlsSettings.issued(List.of("127.0.0.1")));
        twoTier = twoTier.withPki(twoTier.pki().withRoot("CN=Test Root"));
        try (MockNdes server = MockNdes.start(twoTier)) {
            X509Certificate root = Certificates.toX509(server.pki().trustAnchor());
            assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=Test Root");
            HttpClient https = HttpClient.newBuilder().sslContext(TrustingSsl.trusting(root)).build();

            HttpResponse<byte[]> caCert = https.send(HttpRequest.newBuilder(URI.create(server.scepUrl() + "?operation=GetCACert")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(caCert.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSuppliedPkcs12IsWhatTheServerPresents(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=ndes.contoso.test");
        Instant now = Instant.now();
        X509Certificate own = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject, BigInteger.TEN,
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry("server", keys.getPrivate(), "pw".toCharArray(), new X509Certificate[] {own});
        Path file = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            p12.store(out, "pw".toCharArray());
        }

        try (MockNdes server = MockNdes.start(ServerConfig.defaults().withTls(TlsSettings.pkcs12(file, "pw")))) {
            assertThat(presentedCertificate(server, TrustingSsl.trusting(own))).isEqualTo(own);
        }
    }

    @Test
    void aPkcs12WithTheWrongPasswordStopsTheStartWithAClearReason(@TempDir Path dir) throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        Path file = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            empty.store(out, "right".toCharArray());
        }

        assertThatThrownBy(() -> MockNdes.start(ServerConfig.defaults().withTls(TlsSettings.pkcs12(file, "wrong"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server.p12").hasMessageContaining("password");
    }

    private static X509Certificate presentedCertificate(MockNdes server, SSLContext trust) throws Exception {
        try (SSLSocket socket = (SSLSocket) trust.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }
}
