package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.MockNdes;
import dev.mockndes.store.CaImport;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.store.StorageSettings;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.pki.AuthorityCertificates;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.KeyPairs;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.pki.Validity;
import dev.mockndes.store.StorageException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.jscep.client.EnrollmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's existing CA, imported from PEM or PKCS#12, issues the RA and device certificates. */
class CaImportTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    @Test
    void aPemCaIssuesTheRaAndADeviceCertificateThatJscepReceives() throws Exception {
        KeyPair keys = KeyPairs.rsa(2048, RANDOM);
        X509CertificateHolder ca = selfSignedCa("CN=Team CA,O=example", keys);
        CaImport pem = new CaImport.Pem(write("ca.pem", pem("CERTIFICATE", ca.getEncoded())),
                write("ca-key.pem", pem("PRIVATE KEY", keys.getPrivate().getEncoded())));

        try (MockNdes ndes = MockNdes.start(ServerConfig.defaults().withStorage(StorageSettings.inMemory().withImport(pem)))) {
            assertThat(ndes.caThumbprints()).isEqualTo(Thumbprints.of(ca.getEncoded()));
            assertThat(ndes.pki().ra().signing().certificate().getIssuerX500Principal().getName()).isEqualTo("O=example,CN=Team CA");
            ndes.pki().ra().encryption().certificate().verify(keys.getPublic());
            enrolsAndChainsTo(ndes, keys);
        }
    }

    @Test
    void anEcCaImportedFromPkcs12IntoADataFolderIsKeptAcrossRestarts() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X509CertificateHolder ca = selfSignedCa("CN=Team EC CA", keys);
        CaImport p12 = new CaImport.Pkcs12(pkcs12("ca.p12", keys.getPrivate(), "changeit", ca), "changeit");
        Path data = dir.resolve("data");

        try (MockNdes ndes = MockNdes.start(ServerConfig.defaults().withStorage(StorageSettings.in(data).withImport(p12)))) {
            assertThat(ndes.caThumbprints()).isEqualTo(Thumbprints.of(ca.getEncoded()));
            enrolsAndChainsTo(ndes, keys);
        }
        try (MockNdes ndes = MockNdes.start(ServerConfig.defaults().withStorage(StorageSettings.in(data)))) {
            assertThat(ndes.caThumbprints()).as("the imported CA, now loaded from the data folder").isEqualTo(Thumbprints.of(ca.getEncoded()));
        }
        KeyPair otherKeys = KeyPairs.rsa(1024, RANDOM);
        CaImport other = new CaImport.Pkcs12(pkcs12("other.p12", otherKeys.getPrivate(), "", selfSignedCa("CN=Other", otherKeys)), "");
        assertThatThrownBy(() -> MockNdes.start(ServerConfig.defaults().withStorage(StorageSettings.in(data).withImport(other))))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith(data.resolve("pki").resolve("ca.crt") + ": already holds a different CA");
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRefusedNamingTheKeyFile() throws Exception {
        KeyPair keys = KeyPairs.rsa(1024, RANDOM);
        Path certificate = write("ca.pem", pem("CERTIFICATE", selfSignedCa("CN=Team CA", keys).getEncoded()));
        Path wrongKey = write("wrong.pem", pem("PRIVATE KEY", KeyPairs.rsa(1024, RANDOM).getPrivate().getEncoded()));

        assertThatThrownBy(() -> start(new CaImport.Pem(certificate, wrongKey))).isInstanceOf(StorageException.class)
                .hasMessage(wrongKey + ": the private key does not belong to the certificate CN=Team CA");
    }

    @Test
    void aCertificateThatIsNotACaIsRefused() throws Exception {
        KeyPair keys = KeyPairs.rsa(1024, RANDOM);
        X509CertificateHolder leaf = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(new X500Name("CN=Not a CA"), BigInteger.ONE,
                new java.util.Date(), new java.util.Date(System.currentTimeMillis() + 86_400_000L), new X500Name("CN=Not a CA"), keys.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
        Path certificate = write("leaf.pem", pem("CERTIFICATE", leaf.getEncoded()));
        Path key = write("leaf-key.pem", pem("PRIVATE KEY", keys.getPrivate().getEncoded()));

        assertThatThrownBy(() -> start(new CaImport.Pem(certificate, key))).isInstanceOf(StorageException.class)
                .hasMessage(certificate + ": the certificate CN=Not a CA is not a CA certificate (basicConstraints cA is not set)");
    }

    @Test
    void aWrongPkcs12PasswordIsRefusedNamingTheFile() throws Exception {
        KeyPair keys = KeyPairs.rsa(1024, RANDOM);
        Path file = pkcs12("ca.p12", keys.getPrivate(), "right", selfSignedCa("CN=Team CA", keys));

        assertThatThrownBy(() -> start(new CaImport.Pkcs12(file, "wrong"))).isInstanceOf(StorageException.class)
                .hasMessageStartingWith(file + ": cannot open as PKCS#12 (wrong password, or not a PKCS#12 file)");
    }

    private static void start(CaImport source) throws InterruptedException {
        MockNdes.start(ServerConfig.defaults().withStorage(StorageSettings.inMemory().withImport(source))).close();
    }

    private static void enrolsAndChainsTo(MockNdes ndes, KeyPair caKeys) throws Exception {
        DeviceIdentity device = DeviceIdentity.create("imported-ca-device", Optional.empty(), 1024);
        EnrollmentResponse response = JscepClients.forUrl(ndes.scepUrl(), ndes.caThumbprints().sha256())
                .enrol(device.identity(), device.keys().getPrivate(), device.csr());
        assertThat(response.isSuccess()).isTrue();
        X509Certificate issued = JscepEnrolmentTest.issuedTo(response, device);
        issued.verify(caKeys.getPublic());
        assertThat(ndes.certificates().find(issued.getSerialNumber())).isPresent();
    }

    private static X509CertificateHolder selfSignedCa(String subject, KeyPair keys) {
        return AuthorityCertificates.selfSignedCa(new X500Name(subject), keys, BigInteger.valueOf(RANDOM.nextInt(1_000_000) + 1),
                Validity.startingNow(Clock.systemUTC(), Duration.ofDays(30)));
    }

    private Path pkcs12(String name, PrivateKey key, String password, X509CertificateHolder certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("ca", key, password.toCharArray(), new Certificate[] {Certificates.toX509(certificate)});
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
