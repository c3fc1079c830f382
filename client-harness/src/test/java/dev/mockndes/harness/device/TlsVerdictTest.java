package dev.mockndes.harness.device;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** A TLS failure is explained in the client's words, never with the Java class names the JDK puts in them. */
class TlsVerdictTest {
    @Test
    void anUntrustedChainIsExplainedWithoutTheJdksClassNames() {
        SSLHandshakeException failure = new SSLHandshakeException("PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target");
        failure.initCause(new RuntimeException("PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"));

        String explained = TlsVerdict.UNTRUSTED.explain(failure);

        assertThat(explained).startsWith("the server's certificate does not lead to a trusted CA")
                .contains("PKIX path building failed: unable to find valid certification path to requested target")
                .doesNotContain("sun.security").doesNotContain("Exception");
    }

    @Test
    void aFailureWithoutWordsSaysSo() {
        assertThat(TlsVerdict.OTHER.explain(new SSLHandshakeException(null))).isEqualTo("the handshake failed (no detail given)");
    }
}
