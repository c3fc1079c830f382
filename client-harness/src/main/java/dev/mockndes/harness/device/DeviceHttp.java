package dev.mockndes.harness.device;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * HTTP/1.1 the way one device speaks it: its User-Agent on every request, one deadline per answer
 * (headers and body), redirects not followed. Every transport failure becomes a {@link DeviceStop}
 * carrying {@code timeout} or {@code connection-error}; an HTTP status is returned, never judged here.
 */
public final class DeviceHttp {
    private final String userAgent;
    private final Duration timeout;
    private final HttpClient client;

    /** Trusting the JVM's trust store for https. */
    public DeviceHttp(String userAgent, Duration timeout) {
        this(userAgent, timeout, TlsTrust.system());
    }

    public DeviceHttp(String userAgent, Duration timeout, TlsTrust trust) {
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.client = trust.client();
    }

    public HttpAnswer get(URI uri) throws DeviceStop {
        return send(request(uri).GET().build());
    }

    public HttpAnswer post(URI uri, byte[] body, String contentType) throws DeviceStop {
        return send(request(uri).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        if (userAgent != null && !userAgent.isEmpty()) {
            builder.header("User-Agent", userAgent);
        }
        return builder;
    }

    private HttpAnswer send(HttpRequest request) throws DeviceStop {
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return new HttpAnswer(response.statusCode(), Map.copyOf(headers), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new DeviceStop(new Outcome.Timeout("no complete answer within " + timeout.toMillis() + " ms from " + request.uri().getHost()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceStop(new Outcome.ConnectionError("interrupted"));
        } catch (ExecutionException e) {
            throw new DeviceStop(classify(e.getCause(), request.uri()));
        } catch (IllegalArgumentException e) {
            throw new DeviceStop(new Outcome.ConnectionError("cannot send to " + request.uri() + ": " + e.getMessage()));
        }
    }

    /** Transport failures as outcomes, with the reason a troubleshooter needs. */
    static Outcome classify(Throwable failure, URI uri) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return new Outcome.Timeout("no answer within the timeout from " + uri.getHost());
            }
            if (t instanceof java.net.UnknownHostException || t instanceof UnresolvedAddressException) {
                return new Outcome.ConnectionError("the host name " + uri.getHost() + " does not resolve");
            }
            if (t instanceof ConnectException) {
                return new Outcome.ConnectionError("connection refused by " + uri.getHost() + ":" + port(uri));
            }
            if (t instanceof SSLException) {
                return new Outcome.TlsFailure("TLS failed with " + uri.getHost() + ": " + TlsVerdict.of(t).explain(t));
            }
        }
        String message = failure instanceof IOException && failure.getMessage() != null ? failure.getMessage() : String.valueOf(failure);
        return new Outcome.ConnectionError("the connection to " + uri.getHost() + ":" + port(uri) + " ended without an answer (" + message + ")");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
