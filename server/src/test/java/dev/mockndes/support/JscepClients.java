package dev.mockndes.support;

import java.net.URL;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jscep.client.Client;
import org.jscep.client.verification.MessageDigestCertificateVerifier;
import org.jscep.transport.TransportFactory;
import org.jscep.transport.UrlConnectionTransportFactory;

/** jscep clients that check the CA by its SHA-256 thumbprint, as a device given the thumbprint would. */
public final class JscepClients {
    private JscepClients() {
    }

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
