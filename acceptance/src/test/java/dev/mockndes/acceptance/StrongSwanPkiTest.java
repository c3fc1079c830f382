package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.Processes;
import dev.mockndes.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * strongSwan's {@code pki} (Debian 12: 5.9.8) enrols and renews against {@code mock-ndes serve}.
 *
 * <p>strongSwan bug 1607: its cipher check reads the wrong capability bits, so AES passes only when
 * GetCACaps lists {@code SHA-384} and 3DES only when it lists {@code AES}. The interop caps list both;
 * the {@code ndes} caps list neither, so strongSwan refuses to enrol there as it does against a real NDES.
 */
class StrongSwanPkiTest {
    private static final String CHALLENGE = "s3cret";
    private static ServerProcess interop;
    private static ServerProcess ndesCaps;
    private static String pki;

    @BeforeAll
    static void start() throws Exception {
        pki = Processes.require("pki", "strongswan-pki");
        interop = ServerProcess.serve("--challenge", CHALLENGE);
        ndesCaps = ServerProcess.serve("--challenge", CHALLENGE, "--caps-profile", "ndes");
    }

    @AfterAll
    static void stop() throws Exception {
        interop.close();
        ndesCaps.close();
    }

    @Test
    void enrolsWithItsDefaultCipher(@TempDir Path dir) throws Exception {
        Authority authority = fetchAuthority(dir, interop);
        Processes.Result result = enrol(dir, interop, authority, "key.pem", "cert.der", List.of("--password", CHALLENGE));

        assertThat(result.output()).contains("Issued certificate is trusted");
        assertThat(result.exitCode()).isZero();
        assertThat(new X509CertificateHolder(Files.readAllBytes(dir.resolve("cert.der"))).getSubject().toString())
                .isEqualTo("CN=strongswan");
    }

    @Test
    void enrolsWithDes3(@TempDir Path dir) throws Exception {
        Authority authority = fetchAuthority(dir, interop);
        Processes.Result result = enrol(dir, interop, authority, "key.pem", "cert.der",
                List.of("--password", CHALLENGE, "--cipher", "des3"));

        assertThat(result.output()).contains("Issued certificate is trusted");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void renewsWithTheIssuedCertificateAndItsKey(@TempDir Path dir) throws Exception {
        Authority authority = fetchAuthority(dir, interop);
        assertThat(enrol(dir, interop, authority, "old-key.pem", "old.der", List.of("--password", CHALLENGE)).exitCode()).isZero();

        Processes.Result renewal = enrol(dir, interop, authority, "new-key.pem", "new.der",
                List.of("--cert", "old.der", "--key", "old-key.pem"));

        assertThat(renewal.output()).contains("Issued certificate is trusted");
        assertThat(renewal.exitCode()).isZero();
        X509CertificateHolder old = new X509CertificateHolder(Files.readAllBytes(dir.resolve("old.der")));
        X509CertificateHolder renewed = new X509CertificateHolder(Files.readAllBytes(dir.resolve("new.der")));
        assertThat(renewed.getSerialNumber()).isNotEqualTo(old.getSerialNumber());
        assertThat(renewed.getSubjectPublicKeyInfo()).isNotEqualTo(old.getSubjectPublicKeyInfo());
    }

    @Test
    void refusesTheNdesCapsAsItRefusesARealNdes(@TempDir Path dir) throws Exception {
        Authority authority = fetchAuthority(dir, ndesCaps);
        Processes.Result result = enrol(dir, ndesCaps, authority, "key.pem", "cert.der", List.of("--password", CHALLENGE));

        assertThat(result.output()).contains("AES_CBC encryption algorithm not supported by CA");
        assertThat(result.exitCode()).isNotZero();
    }

    /** The files {@code pki --scepca} wrote, told apart by key usage as NDES's two RA certificates are. */
    private record Authority(Path ca, Path encryptionRa, Path signingRa) {
    }

    private static Authority fetchAuthority(Path dir, ServerProcess server) throws Exception {
        Processes.Result result = Processes.run(dir, 60, List.of(pki, "--scepca", "--url", server.scepUrl(),
                "--caout", "ca.der", "--raout", "ra.der", "--force"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        Path first = dir.resolve("ra.der");
        Path second = dir.resolve("ra-2.der");
        boolean firstEncrypts = KeyUsage.fromExtensions(new X509CertificateHolder(Files.readAllBytes(first)).getExtensions())
                .hasUsages(KeyUsage.keyEncipherment);
        return firstEncrypts ? new Authority(dir.resolve("ca.der"), first, second) : new Authority(dir.resolve("ca.der"), second, first);
    }

    /** Generates {@code key} with pki, then runs {@code pki --scep}, the certificate to {@code out}. */
    private static Processes.Result enrol(Path dir, ServerProcess server, Authority authority, String key, String out,
                                          List<String> extra) throws Exception {
        assertThat(Processes.run(dir, 60, List.of("sh", "-c", "'" + pki + "' --gen --outform pem > " + key)).exitCode()).isZero();
        List<String> command = new java.util.ArrayList<>(List.of(pki, "--scep", "--url", server.scepUrl(), "--in", key,
                "--dn", "CN=strongswan", "--cacert-enc", authority.encryptionRa().toString(),
                "--cacert-sig", authority.signingRa().toString(), "--cacert", authority.ca().toString(), "--maxpolltime", "1"));
        command.addAll(extra);
        String quoted = String.join(" ", command.stream().map(argument -> "'" + argument + "'").toList());
        return Processes.run(dir, 90, List.of("sh", "-c", quoted + " > " + out));
    }
}
