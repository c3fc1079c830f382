package dev.mockndes.scep;

import dev.mockndes.protocol.PkiStatus;
import dev.mockndes.protocol.MessageType;
import dev.mockndes.protocol.ScepOids;
import dev.mockndes.protocol.FailInfo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.ScepPost;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.cms.CMSAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each failInfo of RFC 8894 §3.2.1.4, produced by the bad input the RFC assigns it to, over a real
 * listener. Every FAILURE also carries NDES's szOID_ENROLL_SCEP_ERROR with the matching HRESULT.
 */
class FailInfoTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withChallenge("s3cret"));
    private static DeviceIdentity device;

    @BeforeAll
    static void device() {
        device = DeviceIdentity.create("fail-info", Optional.of("s3cret"));
    }

    private static PkcsReqBuilder request() {
        return new PkcsReqBuilder(device, ndes.server().pki().ra().encryption().certificate());
    }

    private static void assertFailure(CertRepView reply, FailInfo expected) {
        assertThat(reply.pkiStatus()).isEqualTo(PkiStatus.FAILURE.wire());
        assertThat(reply.failInfo()).isEqualTo(expected.wire());
        assertThat(reply.text(ScepOids.MS_SCEP_ERROR)).isEqualTo(expected.hresultDecimal());
        assertThat((byte[]) reply.signed.getSignedContent().getContent()).as("NDES's FAILURE content").containsExactly(0);
        assertThat(reply.signed.getCertificates().getMatches(null)).as("no certificates in a FAILURE").isEmpty();
    }

    @Test
    void aDigestOutsideMd5ToSha512IsBadAlg() throws Exception {
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().signatureAlgorithm("SHA3-256withRSA").build()), FailInfo.BAD_ALG);
    }

    @Test
    void aContentCipherOutsideDesTripleDesAndAesIsBadAlg() throws Exception {
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().cipher(CMSAlgorithm.RC2_CBC).build()), FailInfo.BAD_ALG);
    }

    @Test
    void aSignatureThatDoesNotVerifyWithTheSignerCertificateIsBadMessageCheck() throws Exception {
        DeviceIdentity impostor = DeviceIdentity.create("impostor", Optional.empty());
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().signWith(impostor.keys().getPrivate()).build()),
                FailInfo.BAD_MESSAGE_CHECK);
    }

    @Test
    void aWrongChallengeIsBadRequest() throws Exception {
        DeviceIdentity guesser = DeviceIdentity.create("guesser", Optional.of("guess"));
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(),
                new PkcsReqBuilder(guesser, ndes.server().pki().ra().encryption().certificate()).build()), FailInfo.BAD_REQUEST);
    }

    @Test
    void anUnsupportedMessageTypeIsBadRequest() throws Exception {
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().messageType("42").build()), FailInfo.BAD_REQUEST);
    }

    @Test
    void aSigningTimeADayAndMoreAwayIsBadTimeWhileAnHourOffIsTolerated() throws Exception {
        Instant now = Instant.now();
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().signingTime(now.minus(Duration.ofHours(25))).build()),
                FailInfo.BAD_TIME);
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().signingTime(now.plus(Duration.ofHours(25))).build()),
                FailInfo.BAD_TIME);
        assertThat(ScepPost.pkiOperation(ndes.scepUrl(), request().signingTime(now.minus(Duration.ofHours(1))).build()).pkiStatus())
                .isEqualTo(PkiStatus.SUCCESS.wire());
    }

    @Test
    void aCertPollForAnUnknownTransactionIsBadCertId() throws Exception {
        assertFailure(ScepPost.pkiOperation(ndes.scepUrl(), request().messageType(MessageType.CERT_POLL.wire())
                .transactionId("NEVER-SEEN").build()), FailInfo.BAD_CERT_ID);
    }
}
