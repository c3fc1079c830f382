package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.Processes;
import dev.mockndes.support.ServerProcess;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * micromdm's scepclient (Go; DES + SHA-1 whatever the caps, encrypts to every GetCACert
 * certificate, takes certs[0]) enrols against {@code mock-ndes serve} running in its own JVM, and
 * openssl accepts the result against the CA from GetCACert.
 *
 * <p>No {@code -ca-fingerprint}: with it, scepclient 2.1 encrypts to the CA alone and then looks for
 * the reply's signer among the pinned CA certificates only, so it cannot enrol against any
 * NDES-style server whose replies are signed by the RA (real NDES included).
 */
class MicromdmScepclientTest {
    private static final String CHALLENGE = "s3cret";
    private static ServerProcess ndes;
    private static String scepclient;
    private static String openssl;

    @BeforeAll
    static void start() throws Exception {
        scepclient = Processes.require("scepclient", "scep");
        openssl = Processes.require("openssl", "openssl");
        ndes = ServerProcess.serve("--challenge", CHALLENGE);
    }

    @AfterAll
    static void stop() throws Exception {
        ndes.close();
    }

    @Test
    void scepclientEnrolsAndOpensslVerifiesTheCertificateAgainstTheCa(@TempDir Path dir) throws Exception {
        var result = enrol(dir, CHALLENGE, "micromdm-device");

        assertThat(result.output()).contains("pkiStatus=SUCCESS");
        assertThat(result.exitCode()).isZero();
        Path certificate = dir.resolve("cert.pem");
        assertThat(certificate).exists();
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, pem(caFromGetCaCert()));
        var verify = Processes.run(dir, 30, List.of(openssl, "verify", "-CAfile", ca.toString(), certificate.toString()));
        assertThat(verify.output()).contains("cert.pem: OK");
        assertThat(verify.exitCode()).isZero();
        var subject = Processes.run(dir, 30, List.of(openssl, "x509", "-in", certificate.toString(), "-noout", "-subject"));
        assertThat(subject.output()).contains("CN = micromdm-device");
    }

    @Test
    void scepclientIsToldBadRequestForAWrongChallenge(@TempDir Path dir) throws Exception {
        var result = enrol(dir, "wrong", "micromdm-wrong");

        assertThat(result.output()).contains("failInfo: badRequest");
        assertThat(dir.resolve("cert.pem")).doesNotExist();
    }

    private static Processes.Result enrol(Path dir, String challenge, String commonName) throws Exception {
        return Processes.run(dir, 60, List.of(scepclient, "-server-url", ndes.scepUrl(), "-challenge", challenge,
                "-private-key", dir.resolve("key.pem").toString(), "-certificate", dir.resolve("cert.pem").toString(),
                "-cn", commonName));
    }

    private static X509CertificateHolder caFromGetCaCert() throws Exception {
        byte[] body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.scepUrl() + "?operation=GetCACert"))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        @SuppressWarnings("unchecked")
        var certificates = (java.util.Collection<X509CertificateHolder>) new CMSSignedData(body).getCertificates().getMatches(null);
        return certificates.stream().filter(c -> c.getSubject().equals(c.getIssuer())).findFirst().orElseThrow();
    }

    private static String pem(Object object) throws Exception {
        try (var writer = new StringWriter(); var pem = new JcaPEMWriter(writer)) {
            pem.writeObject(object);
            pem.flush();
            return writer.toString();
        }
    }
}
