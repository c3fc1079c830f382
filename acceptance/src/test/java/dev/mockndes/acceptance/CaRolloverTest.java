package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.protocol.ContentTypes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import org.jscep.client.Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GetNextCACert (CA rollover) with jscep's getRolloverCertificate. */
class CaRolloverTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .configure(config -> config.withProtocol(ProtocolSettings.defaults().withNextCa(true))).build();

    @Test
    void jscepGetsTheNextCaAndRaCertificatesSignedByTheCurrentRa() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        var next = ndes.server().nextCa().orElseThrow();

        var rollover = client.getRolloverCertificate();

        assertThat(new java.util.ArrayList<java.security.cert.Certificate>(rollover.getCertificates(null))).containsExactlyInAnyOrder(next.ca().certificate(),
                next.ra().signing().certificate(), next.ra().encryption().certificate());
        X509Certificate nextCa = next.ca().certificate();
        assertThat(nextCa.getPublicKey()).isNotEqualTo(ndes.server().pki().ca().credential().certificate().getPublicKey());
        next.ra().signing().certificate().verify(nextCa.getPublicKey());
        next.ra().encryption().certificate().verify(nextCa.getPublicKey());
    }

    @Test
    void getNextCaCertIsAdvertisedAndServedWithItsContentType() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String caps = http.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACaps")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<byte[]> next = http.send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetNextCACert")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(caps.lines()).contains("GetNextCACert", "Renewal");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.headers().firstValue("Content-Type")).contains(ContentTypes.NEXT_CA_CERT);
        var signed = new org.bouncycastle.cms.CMSSignedData(next.body());
        var signer = signed.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder()
                .build(ndes.server().pki().ra().signing().certificate()))).isTrue();
    }

    @Test
    void withoutANextCaGetNextCaCertIs404AndNotAdvertised() throws Exception {
        try (MockNdes plain = MockNdes.start(ServerConfig.defaults())) {
            HttpClient http = HttpClient.newHttpClient();
            String caps = http.send(HttpRequest.newBuilder(URI.create(plain.scepUrl() + "?operation=GetCACaps")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            int status = http.send(HttpRequest.newBuilder(URI.create(plain.scepUrl() + "?operation=GetNextCACert")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(caps.lines()).doesNotContain("GetNextCACert");
            assertThat(status).isEqualTo(404);
            assertThat(plain.nextCa()).isEmpty();
        }
    }
}
