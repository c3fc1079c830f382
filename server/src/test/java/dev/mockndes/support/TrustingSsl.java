package dev.mockndes.support;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Client-side TLS that trusts exactly the given certificates (typically the mock CA), and nothing from the JDK's store. */
public final class TrustingSsl {
    private TrustingSsl() {
    }

    public static SSLContext trusting(X509Certificate... anchors) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (int i = 0; i < anchors.length; i++) {
            trusted.setCertificateEntry("anchor-" + i, anchors[i]);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
