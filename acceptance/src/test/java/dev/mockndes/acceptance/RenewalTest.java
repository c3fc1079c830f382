package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.protocol.MessageType;
import dev.mockndes.store.Revocation;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.ScepPost;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Renewal. jscep 2.5 renews the pre-RFC 8894 way, with a PKCSReq signed by its current certificate
 * (never messageType 17); RenewalReq proper is sent by hand with {@link PkcsReqBuilder}. Both take
 * the same path: no challenge, the old certificate must be this CA's.
 */
class RenewalTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().challenge("s3cret").build();

    @Test
    void jscepRenewsWithTheSameKeySignedByItsCurrentCertificateWithoutAChallenge() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("renew-same-key", Optional.of("s3cret"));
        X509Certificate current = enrol(client, device);

        var csr = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                current.getSubjectX500Principal(), device.keys().getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(device.keys().getPrivate()));
        EnrollmentResponse renewed = client.enrol(current, device.keys().getPrivate(), csr);

        assertThat(renewed.isSuccess()).as("renewal succeeded").isTrue();
        X509Certificate next = JscepEnrolmentTest.issuedTo(renewed, device);
        assertThat(next.getSerialNumber()).isNotEqualTo(current.getSerialNumber());
        assertThat(next.getPublicKey()).isEqualTo(current.getPublicKey());
        assertThat(ndes.server().certificates().find(next.getSerialNumber())).isPresent();
    }

    @Test
    void jscepRenewsOntoANewKey() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("renew-new-key", Optional.of("s3cret"));
        X509Certificate current = enrol(client, device);
        DeviceIdentity rekeyed = DeviceIdentity.create("renew-new-key", Optional.empty());

        EnrollmentResponse renewed = client.enrol(current, device.keys().getPrivate(), rekeyed.csr());

        assertThat(renewed.isSuccess()).isTrue();
        X509Certificate next = JscepEnrolmentTest.issuedTo(renewed, rekeyed);
        assertThat(next.getPublicKey()).isEqualTo(rekeyed.keys().getPublic()).isNotEqualTo(current.getPublicKey());
        JscepEnrolmentTest.assertChainsToCaFromGetCaCert(client.getCaCertificate(), next);
    }

    @Test
    void renewingARevokedCertificateIsBadRequest() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("renew-revoked", Optional.of("s3cret"));
        X509Certificate current = enrol(client, device);
        ndes.server().certificates().revoke(new Revocation(current.getSerialNumber(), Instant.now(), 1));

        EnrollmentResponse renewed = client.enrol(current, device.keys().getPrivate(),
                DeviceIdentity.create("renew-revoked", Optional.empty()).csr());

        assertThat(renewed.isFailure()).isTrue();
        assertThat(renewed.getFailInfo()).isEqualTo(FailInfo.badRequest);
    }

    @Test
    void aRenewalReqSignedByTheCurrentCertificateIsAnsweredWithTheRenewedOne() throws Exception {
        Client client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        DeviceIdentity device = DeviceIdentity.create("renewal-req", Optional.of("s3cret"));
        X509Certificate current = enrol(client, device);
        DeviceIdentity signedByCurrent = new DeviceIdentity(device.keys(), current,
                DeviceIdentity.create("renewal-req", Optional.empty()).csr());

        var reply = ScepPost.pkiOperation(ndes.scepUrl(), new PkcsReqBuilder(signedByCurrent,
                ndes.server().pki().ra().encryption().certificate()).messageType(MessageType.RENEWAL_REQ.wire()).transactionId("RENEW-17").build());

        assertThat(reply.pkiStatus()).isEqualTo("0");
        var renewed = reply.issuedCertificates(device.keys().getPrivate()).get(0);
        assertThat(renewed.getSubjectPublicKeyInfo()).isEqualTo(signedByCurrent.csr().getSubjectPublicKeyInfo());
        assertThat(ndes.server().certificates().find(renewed.getSerialNumber())).isPresent();
    }

    @Test
    void aRenewalSignedByACertificateThisCaDidNotIssueIsBadCertId() throws Exception {
        DeviceIdentity stranger = DeviceIdentity.create("renew-stranger", Optional.empty());
        var reply = ScepPost.pkiOperation(ndes.scepUrl(), new PkcsReqBuilder(stranger, ndes.server().pki().ra().encryption().certificate())
                .messageType(MessageType.RENEWAL_REQ.wire()).build());

        assertThat(reply.pkiStatus()).isEqualTo("2");
        assertThat(reply.failInfo()).isEqualTo(dev.mockndes.protocol.FailInfo.BAD_CERT_ID.wire());
    }

    @Test
    void outsideTheRenewalWindowJscepIsToldBadRequestAndInsideItRenews() throws Exception {
        ServerConfig windowed = ServerConfig.defaults().withChallenge("s3cret")
                .withProtocol(ProtocolSettings.defaults().withRenewalWindow(Duration.ofDays(30)));
        try (MockNdes early = MockNdes.start(windowed);
             MockNdes due = MockNdes.start(windowed.withPki(windowed.pki().withIssuedValidity(Duration.ofDays(20))))) {
            for (MockNdes server : new MockNdes[] {early, due}) {
                Client client = JscepClients.forUrl(server.scepUrl(), server.caThumbprints().sha256());
                DeviceIdentity device = DeviceIdentity.create("renew-window", Optional.of("s3cret"));
                X509Certificate current = enrol(client, device);
                EnrollmentResponse renewed = client.enrol(current, device.keys().getPrivate(),
                        DeviceIdentity.create("renew-window", Optional.empty()).csr());
                if (server == early) {
                    assertThat(renewed.isFailure()).as("365-day certificate, 30-day window").isTrue();
                    assertThat(renewed.getFailInfo()).isEqualTo(FailInfo.badRequest);
                } else {
                    assertThat(renewed.isSuccess()).as("20-day certificate, 30-day window").isTrue();
                }
            }
        }
    }

    private static X509Certificate enrol(Client client, DeviceIdentity device) throws Exception {
        EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.isSuccess()).isTrue();
        return JscepEnrolmentTest.issuedTo(response, device);
    }
}
