package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.support.CertRepView;
import dev.mockndes.support.PkcsReqBuilder;
import dev.mockndes.support.ScepPost;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Certificates for EC keys (P-256, P-384); the CA and RA stay RSA. An EC-signed request's reply is
 * encrypted to the EC key with ECDH key agreement (RFC 5753).
 */
class EcKeyTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @ParameterizedTest
    @CsvSource({"secp256r1, SHA256withECDSA, 256", "secp384r1, SHA384withECDSA, 384"})
    void anEcCsrSentUnderAnRsaSignerGetsAnRsaSignedCertificateForTheEcKey(String curve, String algorithm, int bits) throws Exception {
        KeyPair ec = ecKeys(curve);
        DeviceIdentity transport = DeviceIdentity.create("ec-transport", Optional.empty());
        byte[] csr = csr("ec-" + bits, ec, algorithm).getEncoded();

        CertRepView reply = ScepPost.pkiOperation(ndes.scepUrl(),
                new PkcsReqBuilder(transport, ndes.server().pki().ra().encryption().certificate()).innerContent(csr).build());

        assertThat(reply.pkiStatus()).isEqualTo("0");
        var issued = dev.mockndes.pki.Certificates.toX509(reply.issuedCertificates(transport.keys().getPrivate()).get(0));
        assertThat(issued.getPublicKey()).isEqualTo(ec.getPublic());
        assertThat(((ECPublicKey) issued.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(bits);
        assertThat(issued.getSigAlgName()).isEqualTo("SHA256withRSA");
        issued.verify(ndes.server().pki().ca().credential().certificate().getPublicKey());
    }

    @ParameterizedTest
    @CsvSource({"secp256r1, SHA256withECDSA, 2.16.840.1.101.3.4.1.2", "secp384r1, SHA384withECDSA, 2.16.840.1.101.3.4.1.42",
            "secp256r1, SHA256withECDSA, 1.2.840.113549.3.7"})
    void anEcdsaSignedRequestGetsItsCertificateInAnEnvelopeOnlyItsEcKeyOpens(String curve, String algorithm, String cipher)
            throws Exception {
        KeyPair ec = ecKeys(curve);
        X500Name subject = new X500Name("CN=ec-signer");
        Instant now = Instant.now();
        var identity = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject, BigInteger.TEN,
                Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)), subject, ec.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(ec.getPrivate())));
        DeviceIdentity ecDevice = new DeviceIdentity(ec, identity, csr("ec-signer", ec, algorithm));

        CertRepView reply = ScepPost.pkiOperation(ndes.scepUrl(),
                new PkcsReqBuilder(ecDevice, ndes.server().pki().ra().encryption().certificate())
                        .signatureAlgorithm(algorithm).cipher(new org.bouncycastle.asn1.ASN1ObjectIdentifier(cipher)).build());

        assertThat(reply.pkiStatus()).as("the ECDSA signature verified and the reply was encrypted to the EC key").isEqualTo("0");
        assertThat(reply.envelopeCipher().getAlgorithm().getId()).isEqualTo(cipher);
        // Opened by Bouncy Castle's own ECDH/X9.63 implementation (its provider passed here only, never registered).
        var enveloped = new org.bouncycastle.cms.CMSEnvelopedData(reply.envelopeBytes());
        var recipient = enveloped.getRecipientInfos().getRecipients().iterator().next();
        byte[] certsOnly = recipient.getContent(new org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient(ec.getPrivate())
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()));
        @SuppressWarnings("unchecked")
        var certificates = (java.util.Collection<org.bouncycastle.cert.X509CertificateHolder>)
                new org.bouncycastle.cms.CMSSignedData(certsOnly).getCertificates().getMatches(null);
        var issued = dev.mockndes.pki.Certificates.toX509(certificates.iterator().next());
        assertThat(issued.getPublicKey()).isEqualTo(ec.getPublic());
        assertThat(issued.getSubjectX500Principal().getName()).isEqualTo("CN=ec-signer");
        assertThat(opensslDecrypts(reply.envelopeBytes(), ec.getPrivate())).isEqualTo(certsOnly);
    }

    /** openssl cms -decrypt, a second independent ECDH implementation. */
    private static byte[] opensslDecrypts(byte[] envelope, java.security.PrivateKey key) throws Exception {
        String openssl = dev.mockndes.support.Processes.require("openssl", "openssl");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ec-envelope");
        java.nio.file.Files.write(dir.resolve("envelope.der"), envelope);
        java.nio.file.Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        var result = dev.mockndes.support.Processes.run(dir, 30, java.util.List.of(openssl, "cms", "-decrypt", "-inform", "DER",
                "-in", "envelope.der", "-inkey", "key.pem", "-binary", "-out", "content.der"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return java.nio.file.Files.readAllBytes(dir.resolve("content.der"));
    }

    @Test
    void singleDesCannotCarryAnEcdhWrappedKeySoAnEcSignerAskingForItGetsBadAlg() throws Exception {
        KeyPair ec = ecKeys("secp256r1");
        X500Name subject = new X500Name("CN=ec-des");
        Instant now = Instant.now();
        var identity = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject, BigInteger.TEN,
                Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)), subject, ec.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ec.getPrivate())));
        DeviceIdentity ecDevice = new DeviceIdentity(ec, identity, csr("ec-des", ec, "SHA256withECDSA"));

        CertRepView reply = ScepPost.pkiOperation(ndes.scepUrl(),
                new PkcsReqBuilder(ecDevice, ndes.server().pki().ra().encryption().certificate())
                        .signatureAlgorithm("SHA256withECDSA").cipher(org.bouncycastle.cms.CMSAlgorithm.DES_CBC).build());

        assertThat(reply.pkiStatus()).isEqualTo("2");
        assertThat(reply.failInfo()).isEqualTo(FailInfo.BAD_ALG.wire());
    }

    private static KeyPair ecKeys(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static PKCS10CertificationRequest csr(String commonName, KeyPair keys, String algorithm) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), keys.getPublic())
                .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_challengePassword, new DERPrintableString("any"))
                .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
    }
}
