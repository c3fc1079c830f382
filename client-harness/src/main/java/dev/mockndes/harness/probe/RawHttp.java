package dev.mockndes.harness.probe;

import dev.mockndes.harness.device.HttpAnswer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import dev.mockndes.harness.device.TlsVerdict;

/**
 * One HTTP/1.1 request per connection ({@code Connection: close}), sent and read by hand so the
 * probe can tell a reset from a close without an answer, and a refusal from a name that does not
 * resolve, which HTTP libraries blur or hide behind retries. https uses the JDK's default trust.
 */
final class RawHttp {
    private final Duration timeout;
    private final String userAgent;
    private final SSLSocketFactory tls;

    /** @param tls the client side of https: whom it trusts; it checks the host name as browsers do */
    RawHttp(Duration timeout, String userAgent, SSLSocketFactory tls) {
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.tls = tls;
    }

    /** GET {@code uri} exactly as given (the query is sent raw). */
    Exchange get(URI uri) {
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String label = "GET " + (target.length() > 120 ? target.substring(0, 120) + "... (" + target.length() + " chars)" : target);
        long start = System.nanoTime();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        try (Socket plain = connected(uri.getHost(), port); Socket socket = https ? overTls(plain, uri.getHost(), port) : plain) {
            String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            HttpAnswer answer = read(new BufferedInputStream(socket.getInputStream()));
            return Exchange.answered(label, answer, elapsed(start));
        } catch (UnknownHostException e) {
            return Exchange.failed(label, Exchange.Failure.HOST_NOT_FOUND, uri.getHost() + " does not resolve", elapsed(start));
        } catch (ConnectException e) {
            return Exchange.failed(label, Exchange.Failure.REFUSED, "nothing accepts connections on " + uri.getHost() + ":" + port, elapsed(start));
        } catch (SocketTimeoutException e) {
            return Exchange.failed(label, Exchange.Failure.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", elapsed(start));
        } catch (EOFException e) {
            return Exchange.failed(label, Exchange.Failure.CLOSED, "the server closed the connection without answering", elapsed(start));
        } catch (SSLException e) {
            TlsVerdict verdict = TlsVerdict.of(e);
            return Exchange.tlsFailed(label, verdict, verdict.explain(e), elapsed(start));
        } catch (SocketException e) {
            return Exchange.failed(label, Exchange.Failure.RESET, "the connection was reset (" + e.getMessage() + ")", elapsed(start));
        } catch (IOException e) {
            return Exchange.failed(label, Exchange.Failure.CLOSED, String.valueOf(e.getMessage()), elapsed(start));
        }
    }

    /**
     * A socket to {@code host:port} with this client's timeouts, wrapped in TLS (this client's trust, SNI
     * and the https host name check, handshaken) when {@code https}. For callers that keep a connection
     * for several requests (the mscep_admin check's NTLM handshake).
     */
    Socket open(String host, int port, boolean https) throws IOException {
        Socket plain = connected(host, port);
        try {
            return https ? overTls(plain, host, port) : plain;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private Socket connected(String host, int port) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            plain.setSoTimeout((int) timeout.toMillis());
            return plain;
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    /** TLS over a connected socket, with SNI and the https host name check, handshaken. */
    private Socket overTls(Socket plain, String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static HttpAnswer read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new HttpAnswer(status, Map.copyOf(headers), body);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("end of stream");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
