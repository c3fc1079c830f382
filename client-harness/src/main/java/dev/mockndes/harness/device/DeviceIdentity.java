package dev.mockndes.harness.device;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A device about to enrol: its key pair, the temporary self-signed certificate it signs the
 * request with, and its CSR (subject, a DNS + email SAN and, optionally, a challenge password).
 */
public record DeviceIdentity(KeyPair keys, X509Certificate identity, PKCS10CertificationRequest csr) {

    public static DeviceIdentity create(String commonName, Optional<String> challenge) {
        return create(commonName, challenge, 2048);
    }

    /** A temporary self-signed certificate for {@code keys}, valid for a day, named {@code CN=commonName}. */
    public static X509Certificate selfSigned(KeyPair keys, String commonName) {
        return selfSigned(keys, new X500Name("CN=" + commonName));
    }

    private static X509Certificate selfSigned(KeyPair keys, X500Name subject) {
        try {
            Instant now = Instant.now();
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)),
                    subject, keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot self-sign a device certificate", e);
        }
    }

    public static DeviceIdentity create(String commonName, Optional<String> challenge, int keyBits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(keyBits);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + commonName + ",O=scep-harness");
            X509Certificate identity = selfSigned(keys, subject);
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, commonName + ".devices.test"),
                    new GeneralName(GeneralName.rfc822Name, commonName + "@devices.test")}));
            var builder = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            challenge.ifPresent(c -> builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_challengePassword, new DERPrintableString(c)));
            return new DeviceIdentity(keys, identity, builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a device identity", e);
        }
    }
}
