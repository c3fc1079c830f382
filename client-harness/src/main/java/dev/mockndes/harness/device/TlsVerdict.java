package dev.mockndes.harness.device;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateException;
import java.io.EOFException;
import javax.net.ssl.SSLException;

/**
 * Why an HTTPS handshake failed, read from the client's exception chain: the four defects a
 * troubleshooter tells apart (the probe names them), or something else. The JDK checks the path
 * (validity, then trust) before the host name, so an expired certificate is reported as expired
 * even when its name is wrong too.
 */
public enum TlsVerdict {
    EXPIRED("the server's certificate has expired (or is not valid yet): renew the certificate of the HTTPS binding"),
    NAME_MISMATCH("the server's certificate is for another host name (WinHTTP 12175, CERT_CN_INVALID): issue it for the"
            + " name devices use in the SCEP URL"),
    UNTRUSTED("the server's certificate does not lead to a trusted CA: trust the server's CA on the device"
            + " (scep-harness --tls-trust FILE)"),
    ENDED_BEFORE_CERTIFICATE("the server ended the handshake before sending a certificate: it offers no protocol this client"
            + " accepts (e.g. TLS 1.0 only); enable TLS 1.2 on the server"),
    OTHER("the handshake failed");

    private final String explanation;

    TlsVerdict(String explanation) {
        this.explanation = explanation;
    }

    /** The verdict and the client's own words, for an outcome's detail. */
    public String explain(Throwable failure) {
        return explanation + " (" + clientWords(failure) + ")";
    }

    /** Java class names the JDK puts in front of a TLS failure's words ("sun.security...Exception: "). */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

    /** The deepest message in the failure's chain (the client's own reason), without Java class names. */
    static String clientWords(Throwable failure) {
        String words = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                words = t.getMessage();
            }
        }
        return words == null ? "no detail given" : CLASS_NAME.matcher(words).replaceAll("").trim();
    }

    public static TlsVerdict of(Throwable failure) {
        boolean untrusted = false;
        boolean ended = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException || t instanceof java.security.cert.CertificateNotYetValidException) {
                return EXPIRED;
            }
            if (t instanceof CertificateException && String.valueOf(t.getMessage()).startsWith("No subject alternative")
                    || t instanceof CertificateException && String.valueOf(t.getMessage()).startsWith("No name matching")) {
                return NAME_MISMATCH;
            }
            untrusted |= t instanceof CertPathValidatorException || t instanceof CertPathBuilderException;
            ended |= t instanceof EOFException
                    || t instanceof SSLException && String.valueOf(t.getMessage()).contains("Remote host terminated the handshake")
                    || t instanceof SSLException && String.valueOf(t.getMessage()).contains("protocol_version");
        }
        return untrusted ? UNTRUSTED : ended ? ENDED_BEFORE_CERTIFICATE : OTHER;
    }
}
