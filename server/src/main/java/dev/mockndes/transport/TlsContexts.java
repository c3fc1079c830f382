package dev.mockndes.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLException;

/** Server-side TLS contexts on the JDK's own TLS implementation (no native library, no Bouncy Castle provider). */
public final class TlsContexts {
    private TlsContexts() {
    }

    /** @param chain the server certificate first, then its issuers */
    public static ServerTls of(PrivateKey key, List<X509Certificate> chain) {
        try {
            return new ServerTls(SslContextBuilder.forServer(key, chain.toArray(X509Certificate[]::new)).sslProvider(SslProvider.JDK)
                    .build(), chain);
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * A set-up that offers TLS 1.0 only. The JDK disables TLS 1.0 for the whole process
     * ({@code jdk.tls.disabledAlgorithms}), so unless that property was relaxed the server then has
     * no protocol left and fails every handshake with a handshake_failure alert: what a current
     * client meets at a TLS 1.0-only site is a handshake failure before any certificate either way.
     */
    public static ServerTls oldProtocolOnly(PrivateKey key, List<X509Certificate> chain) {
        try {
            return new ServerTls(SslContextBuilder.forServer(key, chain.toArray(X509Certificate[]::new)).sslProvider(SslProvider.JDK)
                    .protocols("TLSv1").build(), chain);
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot set up TLS 1.0: " + e.getMessage(), e);
        }
    }

    /**
     * The first key entry of a PKCS#12 file, with its certificate chain.
     *
     * @throws IllegalArgumentException naming the file and what is wrong (unreadable, wrong password, no key)
     */
    public static ServerTls fromPkcs12(Path file, String password) {
        char[] secret = password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": cannot read the PKCS#12 file (wrong password?): " + e.getMessage(), e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, secret);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (chain == null || chain.length == 0) {
                        throw new IllegalArgumentException(file + ": the key '" + alias + "' has no certificate");
                    }
                    return of(key, java.util.Arrays.stream(chain).map(X509Certificate.class::cast).toList());
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": cannot read the private key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(file + ": the PKCS#12 file holds no private key");
    }
}
