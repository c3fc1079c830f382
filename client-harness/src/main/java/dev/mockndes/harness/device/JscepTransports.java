package dev.mockndes.harness.device;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.jscep.transport.Transport;
import org.jscep.transport.TransportException;
import org.jscep.transport.TransportFactory;
import org.jscep.transport.request.Operation;
import org.jscep.transport.request.Request;
import org.jscep.transport.response.ContentException;

/**
 * jscep's transports rebuilt on {@link DeviceHttp}: the same URLs and bodies as jscep's own GET and
 * POST transports, plus a User-Agent, a deadline and log lines in the Intune Android agent's format.
 * jscep turns every transport failure into an exception and sometimes carries on (it ignores a failed
 * GetCACaps), so the factory keeps the outcome of the last failed request for the caller to classify.
 */
public final class JscepTransports implements TransportFactory {
    private final DeviceHttp http;
    private final Consumer<String> log;
    private volatile DeviceStop lastFailure;
    private volatile String beforePkiOperation;

    public JscepTransports(DeviceHttp http, Consumer<String> log) {
        this.http = http;
        this.log = log;
    }

    /** A log line to write just before the PKIOperation is sent (jscep signs the message then). */
    public void beforePkiOperation(String line) {
        this.beforePkiOperation = line;
    }

    /** The failure of the most recent request, if it failed. */
    public DeviceStop lastFailure() {
        return lastFailure;
    }

    @Override
    public Transport forMethod(Method method, URL url) {
        return new Transport() {
            @Override
            public <T> T sendRequest(Request request, org.jscep.transport.response.ScepResponseHandler<T> handler) throws TransportException {
                lastFailure = null;
                boolean post = method == Method.POST && request.getOperation() == Operation.PKI_OPERATION;
                String transportClass = post ? "org.jscep.transport.UrlConnectionPostTransport" : "org.jscep.transport.UrlConnectionGetTransport";
                String what = request.getOperation() == Operation.PKI_OPERATION ? "PKIOperation" : request.toString();
                if (request.getOperation() == Operation.PKI_OPERATION && beforePkiOperation != null) {
                    log.accept(beforePkiOperation);
                }
                URI uri = URI.create(url + "?operation=" + request.getOperation().getName() + (post ? ""
                        : "&message=" + URLEncoder.encode(request.getMessage() == null ? "" : request.getMessage(), StandardCharsets.UTF_8)));
                log.accept(transportClass + "  Sending " + what + " to " + ScepDevice.shorten(uri.toString()));
                try {
                    HttpAnswer answer = post ? http.post(uri, Base64.getDecoder().decode(request.getMessage()), CertRep.PKI_MESSAGE) : http.get(uri);
                    log.accept(transportClass + "  Received '" + answer.statusLine() + "' when sending " + what + " to " + ScepDevice.shorten(uri.toString()));
                    if (answer.status() != 200) {
                        lastFailure = new DeviceStop(new Outcome.HttpStatus(answer.status(), what + " answered " + answer.statusLine()));
                        throw new TransportException(answer.statusLine());
                    }
                    return handler.getResponse(answer.body(), answer.header("content-type").orElse(null));
                } catch (DeviceStop stop) {
                    lastFailure = stop;
                    log.accept(transportClass + "  Failed sending " + what + ": " + stop.outcome().detail());
                    throw new TransportException(stop.getMessage());
                } catch (ContentException e) {
                    lastFailure = new DeviceStop(new Outcome.InvalidResponse(what + ": " + e.getMessage()));
                    throw new TransportException(e);
                }
            }
        };
    }
}
