package dev.mockndes.scep;

import dev.mockndes.protocol.CapsProfile;
import dev.mockndes.protocol.ScepOids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.enroll.ChallengeListener;
import dev.mockndes.enroll.ChallengePolicy;
import dev.mockndes.enroll.EnrolmentChain;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.harness.device.DeviceIdentity;
import java.security.Security;
import java.time.Clock;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CertRep rules of scep-interop.md, checked on the bytes the service produces. */
class CertRepWireFormatTest {
    private static Pki pki;
    private static NdesScepService service;
    private static DeviceIdentity device;

    @BeforeAll
    static void startService() {
        Security.addProvider(new BouncyCastleProvider());
        pki = Pki.ephemeral(PkiSettings.defaults(), Clock.systemUTC());
        service = new NdesScepService(pki, CapsProfile.INTEROP.capabilities(),
                EnrolmentChain.of(ChallengePolicy.fixed("s3cret"), ChallengeListener.IGNORE, pki.ca(),
                        new dev.mockndes.store.MemoryCertificateStore()));
        device = DeviceIdentity.create("wire-format", Optional.of("s3cret"));
    }

    private static PkcsReqBuilder request() {
        return new PkcsReqBuilder(device, pki.ra().encryption().certificate());
    }

    @Test
    void successReplyIsDefiniteLengthSignedByTheSigningRaWithRsaEncryption() throws Exception {
        PkcsReqBuilder request = request();
        CertRepView reply = new CertRepView(service.pkiOperation(request.build()).body());

        assertThat(reply.der[0]).isEqualTo((byte) 0x30);
        assertThat(reply.der[1]).as("definite length, never 0x80").isNotEqualTo((byte) 0x80);
        assertThat(reply.signed.getSignerInfos().size()).isEqualTo(1);
        assertThat(reply.signer.getEncryptionAlgOID()).isEqualTo(PKCSObjectIdentifiers.rsaEncryption.getId());
        assertThat(reply.signer.toASN1Structure().getDigestEncryptionAlgorithm().getParameters()).isEqualTo(DERNull.INSTANCE);
        assertThat(reply.signer.getSID().getIssuer()).isEqualTo(pki.ra().signing().holder().getIssuer());
        assertThat(reply.signer.getSID().getSerialNumber()).isEqualTo(pki.ra().signing().holder().getSerialNumber());
        assertThat(reply.signed.getCertificates().getMatches(null)).containsExactly(pki.ra().signing().holder());
        assertThat(reply.signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(pki.ra().signing().certificate()))).isTrue();
    }

    @Test
    void successReplyCarriesExactlyTheScepAttributesWithNoncesAndTransactionIdEchoed() throws Exception {
        PkcsReqBuilder request = request().transactionId("a1b2c3+/=");
        CertRepView reply = new CertRepView(service.pkiOperation(request.build()).body());

        assertThat(reply.attributes.toASN1EncodableVector().size()).isEqualTo(7);
        assertThat(reply.value(CMSAttributes.contentType)).isEqualTo(PKCSObjectIdentifiers.data);
        assertThat(reply.value(CMSAttributes.messageDigest)).isNotNull();
        assertThat(reply.value(CMSAttributes.signingTime)).isNull();
        assertThat(reply.value(ScepOids.TRANSACTION_ID)).isEqualTo(request.transactionIdValue());
        assertThat(reply.text(ScepOids.MESSAGE_TYPE)).isEqualTo("3");
        assertThat(reply.pkiStatus()).isEqualTo("0");
        assertThat(reply.failInfo()).isNull();
        assertThat(reply.octets(ScepOids.RECIPIENT_NONCE)).isEqualTo(request.senderNonce());
        assertThat(reply.octets(ScepOids.SENDER_NONCE)).hasSize(16).isNotEqualTo(request.senderNonce());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.3.14.3.2.7", "1.2.840.113549.3.7", "2.16.840.1.101.3.4.1.2", "2.16.840.1.101.3.4.1.22",
            "2.16.840.1.101.3.4.1.42"})
    void replyIsEncryptedWithTheRequestCipherAndHoldsTheIssuedCertificateFirst(String cipherOid) throws Exception {
        ASN1ObjectIdentifier cipher = new ASN1ObjectIdentifier(cipherOid);
        CertRepView reply = new CertRepView(service.pkiOperation(request().cipher(cipher).build()).body());

        assertThat(reply.pkiStatus()).isEqualTo("0");
        assertThat(reply.envelopeCipher().getAlgorithm()).isEqualTo(cipher);
        var issued = reply.issuedCertificates(device.keys().getPrivate());
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).getSubject()).isEqualTo(device.csr().getSubject());
        assertThat(issued.get(0).getIssuer()).isEqualTo(pki.ca().certificate().getSubject());
    }

    @Test
    void envelopeIsAddressedToTheRequestSignerByIssuerAndSerial() throws Exception {
        CertRepView reply = new CertRepView(service.pkiOperation(request().build()).body());
        var enveloped = new org.bouncycastle.cms.CMSEnvelopedData(reply.envelopeBytes());
        var recipient = enveloped.getRecipientInfos().getRecipients().iterator().next();
        var id = (org.bouncycastle.cms.KeyTransRecipientId) recipient.getRID();
        assertThat(enveloped.toASN1Structure().getContent()).isNotNull();
        assertThat(id.getSerialNumber()).isEqualTo(device.identity().getSerialNumber());
        assertThat(recipient.getKeyEncryptionAlgOID()).isEqualTo(PKCSObjectIdentifiers.rsaEncryption.getId());
    }

    @Test
    void findsItsOwnRecipientAmongSeveral() throws Exception {
        byte[] message = request().alsoEncryptTo(pki.ca().credential().certificate())
                .alsoEncryptTo(pki.ra().signing().certificate()).cipher(CMSAlgorithm.DES_CBC).build();
        assertThat(new CertRepView(service.pkiOperation(message).body()).pkiStatus()).isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5withRSA", "SHA1withRSA", "SHA512withRSA", "SHA256withRSAandMGF1"})
    void acceptsEveryDigestAndRsaPss(String signatureAlgorithm) throws Exception {
        CertRepView reply = new CertRepView(service.pkiOperation(request().signatureAlgorithm(signatureAlgorithm).build()).body());
        assertThat(reply.pkiStatus()).isEqualTo("0");
    }

    @Test
    void wrongChallengeIsAFailureWithBadRequestAndTheNdesErrorAttribute() throws Exception {
        DeviceIdentity wrong = DeviceIdentity.create("wrong-challenge", Optional.of("guess"));
        CertRepView reply = new CertRepView(service.pkiOperation(
                new PkcsReqBuilder(wrong, pki.ra().encryption().certificate()).build()).body());

        assertThat(reply.pkiStatus()).isEqualTo("2");
        assertThat(reply.failInfo()).isEqualTo("2");
        assertThat(reply.text(ScepOids.MS_SCEP_ERROR)).isEqualTo("-2147024809");
        assertThat((byte[]) reply.signed.getSignedContent().getContent()).as("NDES's one zero byte, no envelope")
                .containsExactly(0);
        assertThat(reply.signed.getCertificates().getMatches(null)).as("NDES sends no certificates with a FAILURE").isEmpty();
        assertThat(reply.signed.getSignerInfos().getSigners().iterator().next().getSID().getSerialNumber())
                .isEqualTo(pki.ra().signing().holder().getSerialNumber());
    }

    @Test
    void anEnvelopeForTheCaOrTheSigningRaIsNotOpenedAndGetsNoCertRep() throws Exception {
        for (var other : java.util.List.of(pki.ca().credential().certificate(), pki.ra().signing().certificate())) {
            DeviceIdentity device = DeviceIdentity.create("misdirected", Optional.of("any"));
            byte[] message = new PkcsReqBuilder(device, other).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.pkiOperation(message))
                    .isInstanceOf(UndecryptableRequest.class).hasMessageContaining("0x80090005");
        }
    }

    @Test
    void garbageInsideAValidSignedMessageIsBadMessageCheck() throws Exception {
        byte[] message = request().innerContent("not a certification request".getBytes()).build();
        CertRepView reply = new CertRepView(service.pkiOperation(message).body());
        assertThat(reply.pkiStatus()).isEqualTo("2");
        assertThat(reply.failInfo()).isEqualTo("1");
    }

    @Test
    void unsupportedMessageTypeIsBadRequest() throws Exception {
        CertRepView reply = new CertRepView(service.pkiOperation(request().messageType("99").build()).body());
        assertThat(reply.failInfo()).isEqualTo("2");
    }
}
