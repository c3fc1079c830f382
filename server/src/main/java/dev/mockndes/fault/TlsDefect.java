package dev.mockndes.fault;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with the SCEP site's HTTPS, as a client sees it during the handshake. Each defect is
 * a real certificate or protocol set-up the listener switches to while a scenario asks for it; none
 * of them touches the site behind the handshake.
 */
public enum TlsDefect {
    /** The server certificate's notAfter has passed (a forgotten renewal of the IIS binding). */
    EXPIRED_CERTIFICATE("expired-certificate"),
    /** The certificate names another host than the one the client dialled (WinHTTP's 12175, CERT_CN_INVALID). */
    WRONG_HOST("wrong-host"),
    /** The certificate is issued by a CA the client does not trust (a private CA missing from the device). */
    UNTRUSTED_CHAIN("untrusted-chain"),
    /** The site speaks TLS 1.0 only, which every current client refuses. */
    TLS10_ONLY("tls10-only");

    private final String word;

    TlsDefect(String word) {
        this.word = word;
    }

    /** The scenario word for this defect. */
    public String word() {
        return word;
    }

    public static Optional<TlsDefect> fromWord(String word) {
        return Arrays.stream(values()).filter(defect -> defect.word.equals(word)).findFirst();
    }

    /** Every scenario word, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(TlsDefect::word).toList();
    }
}
