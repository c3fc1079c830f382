package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockndes.config.TlsSettings;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.DefectiveTlsCertificates;
import dev.mockndes.scenario.ScenarioLoader;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import dev.mockndes.support.TrustingSsl;
import java.net.URI;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code tls-handshake} scenario switches the certificate or protocol of the live HTTPS listener
 * for new connections; a client that trusts the mock CA and checks the host name sees each defect
 * as the handshake failure a real client reports, and the sound handshake returns with the healthy
 * scenario.
 */
class TlsDefectsTest {
    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults().withTls(TlsSettings.localhost()));

    @Test
    void anExpiredCertificateFailsPathValidationAsExpired() throws Exception {
        use("expired-certificate");

        SSLHandshakeException refusal = handshakeRefused();

        assertThat(causes(refusal)).anyMatch(CertificateExpiredException.class::isInstance);
        X509Certificate presented = presentedWithoutChecks().get(0);
        assertThat(presented.getNotAfter()).isBefore(new Date());
    }

    @Test
    void aCertificateForAnotherHostFailsTheHostNameCheck() throws Exception {
        use("wrong-host");

        SSLHandshakeException refusal = handshakeRefused();

        assertThat(messages(refusal)).contains("No subject alternative DNS name matching localhost found");
        assertThat(presentedWithoutChecks().get(0).getSubjectX500Principal().getName())
                .contains("CN=" + DefectiveTlsCertificates.OTHER_HOST);
    }

    @Test
    void aChainFromAnotherCaIsNotTrusted() throws Exception {
        use("untrusted-chain");

        SSLHandshakeException refusal = handshakeRefused();

        assertThat(messages(refusal)).contains("unable to find valid certification path to requested target");
        List<X509Certificate> chain = presentedWithoutChecks();
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1).getSubjectX500Principal()).isNotEqualTo(mockCa().getSubjectX500Principal());
        assertThat(chain.get(0).getNotAfter()).isAfter(new Date());
    }

    @Test
    void aTls10OnlySiteFailsTheHandshakeBeforeAnyCertificate() throws Exception {
        use("tls10-only");

        SSLHandshakeException refusal = handshakeRefused();

        // The JDK keeps TLS 1.0 disabled (jdk.tls.disabledAlgorithms), so the server has no protocol
        // left and ends the handshake before any certificate; even a client that trusts anything fails.
        assertThat(messages(refusal)).contains("Remote host terminated the handshake");
        assertThat(catchThrowableOfType(SSLHandshakeException.class, TlsDefectsTest::presentedWithoutChecks)).isNotNull();
    }

    @Test
    void theHealthyScenarioHandshakesSoundlyAgain() throws Exception {
        use("expired-certificate");
        handshakeRefused();

        ndes.server().admin().useScenario(ScenarioLoader.parse("inline", "name: healthy-again\ntitle: t\n"));

        try (SSLSocket socket = socket(TrustingSsl.trusting(mockCa()))) {
            socket.startHandshake();
            assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        }
    }

    private static void use(String defect) {
        ndes.server().admin().useScenario(ScenarioLoader.parse("inline", """
                name: tls-%s
                title: t
                rules:
                  - fault: {type: tls-handshake, defect: %s}
                """.formatted(defect, defect)));
    }

    private static X509Certificate mockCa() {
        return Certificates.toX509(ndes.server().pki().trustAnchor());
    }

    /** A handshake by a client that trusts the mock CA and checks the host name, as HTTPS clients do. */
    private static SSLHandshakeException handshakeRefused() throws Exception {
        try (SSLSocket socket = socket(TrustingSsl.trusting(mockCa()))) {
            return catchThrowableOfType(SSLHandshakeException.class, socket::startHandshake);
        }
    }

    private static List<X509Certificate> presentedWithoutChecks() throws Exception {
        javax.net.ssl.SSLContext blind = javax.net.ssl.SSLContext.getInstance("TLS");
        blind.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = socket(blind)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm(null);
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return java.util.Arrays.stream(socket.getSession().getPeerCertificates()).map(X509Certificate.class::cast).toList();
        }
    }

    private static SSLSocket socket(javax.net.ssl.SSLContext context) throws Exception {
        URI site = URI.create(ndes.scepUrl());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", site.getPort());
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setServerNames(List.of(new SNIHostName("localhost")));
        socket.setSSLParameters(parameters);
        return socket;
    }

    private static List<Throwable> causes(Throwable error) {
        List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }

    private static String messages(Throwable error) {
        return causes(error).stream().map(String::valueOf).reduce("", (a, b) -> a + " | " + b);
    }
}
