package dev.mockndes.harness.device;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which certificates a device trusts for an {@code https://} SCEP URL: the JVM's trust store (what a
 * phone's built-in store is to it), or exactly the given anchors, as an MDM profile that installs the
 * NDES's CA first. The HTTP client is built once per trust and shared by every device run with it.
 * Host names are still checked against the server's certificate.
 */
public final class TlsTrust {
    private static final TlsTrust SYSTEM = new TlsTrust("the system's trust store", null);

    private final String description;
    private final SSLContext context;
    private volatile HttpClient client;

    private TlsTrust(String description, SSLContext context) {
        this.description = description;
        this.context = context;
    }

    /** The JVM's default trust store. */
    public static TlsTrust system() {
        return SYSTEM;
    }

    /**
     * Only these certificates: a server is trusted when its chain leads to one of them (or is one).
     *
     * @throws IllegalArgumentException for an empty collection
     */
    public static TlsTrust anchors(Collection<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to trust");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate certificate : certificates) {
                store.setCertificateEntry("anchor-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            String names = certificates.stream().map(c -> c.getSubjectX500Principal().getName()).distinct()
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            return new TlsTrust("only " + names, context);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    /**
     * The certificates of a PEM (one or more blocks) or DER file, e.g. {@code mock-ndes ca export}'s.
     *
     * @throws IllegalArgumentException naming the file, what is wrong and what to give instead
     */
    public static TlsTrust fromFile(Path file) {
        List<X509Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file; give the CA certificate to trust (PEM or DER)");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(file + ": permission denied; give a CA certificate file you can read");
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException(file + ": not a PEM or DER certificate (" + e.getMessage()
                    + "); give the CA certificate, e.g. from 'mock-ndes ca export'");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(file + ": holds no certificate; give the CA certificate to trust (PEM or DER)");
        }
        return anchors(certificates);
    }

    /** Sockets that trust what this trust does (the probe's raw https). */
    public SSLSocketFactory socketFactory() {
        return context == null ? (SSLSocketFactory) SSLSocketFactory.getDefault() : context.getSocketFactory();
    }

    /** The devices' HTTP/1.1 client for this trust: redirects not followed. */
    HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER);
                    if (context != null) {
                        builder.sslContext(context);
                    }
                    client = built = builder.build();
                }
            }
        }
        return built;
    }

    /** Whether this is the JVM's default store. */
    public boolean isSystem() {
        return context == null;
    }

    @Override
    public String toString() {
        return description;
    }
}
