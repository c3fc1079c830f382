package dev.mockndes.harness.load;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Pre-encoded HTTP/1.1 keep-alive requests for {@link KeepAliveLoad}. */
final class Requests {
    static final String AGENT = "scep-harness-load/1.0";

    private Requests() {
    }

    static InetSocketAddress address(URI url) {
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("keep-alive load runs speak plain http only, not " + url.getScheme());
        }
        return new InetSocketAddress(url.getHost(), url.getPort() == -1 ? 80 : url.getPort());
    }

    static byte[] get(URI url, String query) {
        return (head("GET", url, query) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] post(URI url, String query, String contentType, byte[] body) {
        byte[] head = (head("POST", url, query) + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    private static String head(String method, URI url, String query) {
        return method + " " + url.getRawPath() + "?" + query + " HTTP/1.1\r\nHost: " + url.getHost()
                + (url.getPort() == -1 ? "" : ":" + url.getPort()) + "\r\nUser-Agent: " + AGENT + "\r\n";
    }
}
