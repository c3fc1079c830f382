package dev.mockndes.harness.device;

import java.net.URL;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jscep.client.Client;
import org.jscep.client.verification.MessageDigestCertificateVerifier;
import org.jscep.client.verification.OptimisticCertificateVerifier;
import org.jscep.transport.TransportFactory;
import org.jscep.transport.UrlConnectionTransportFactory;

/** jscep clients configured the way a device is: pinned to a CA thumbprint, or trusting whatever CA answers. */
public final class JscepClients {
    private JscepClients() {
    }

    /** A client that accepts whatever CA GetCACert returns (a device without a configured thumbprint). */
    public static Client trustingAnyCa(String scepUrl) {
        try {
            return new Client(new URL(scepUrl), new OptimisticCertificateVerifier());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + scepUrl, e);
        }
    }

    /** A client that accepts only the CA whose SHA-256 thumbprint (hex) is given. */
    public static Client forUrl(String scepUrl, String caSha256) {
        try {
            return new Client(new URL(scepUrl), new MessageDigestCertificateVerifier(MessageDigest.getInstance("SHA-256"),
                    HexFormat.of().parseHex(caSha256)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records which HTTP method jscep chose for each request it sent. */
    public static final class RecordingTransports implements TransportFactory {
        private final TransportFactory delegate = new UrlConnectionTransportFactory();
        public final List<Method> methods = new CopyOnWriteArrayList<>();

        @Override
        public org.jscep.transport.Transport forMethod(Method method, URL url) {
            methods.add(method);
            return delegate.forMethod(method, url);
        }
    }
}
