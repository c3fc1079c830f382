package dev.mockndes.admin;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transport.Transport;
import org.jscep.transport.TransportException;
import org.jscep.transport.TransportFactory;
import org.jscep.transport.UrlConnectionTransportFactory;
import org.jscep.transport.request.Request;
import org.jscep.transport.response.ScepResponseHandler;

/**
 * The "android" device: jscep (the SCEP library inside the Android Intune agent) enrols a fresh
 * RSA key against the server's own SCEP URL, trusting whatever CA GetCACert returns, as the scenario
 * files' {@code expect.android} outcomes assume. The device log has one line per SCEP request.
 *
 * <p>Outcomes: success, pending, scep-failure FAILINFO, http-status N (jscep's TransportException
 * starts with the status), connection-error (any I/O failure), timeout (a socket timeout), or
 * client-error when jscep itself refuses what it received.
 *
 * <p>jscep sets no socket timeouts: a device facing a {@code hang} fault waits until the caller's
 * deadline (see {@link DeviceRunRoute}) or until the server closes the connection.
 */
public final class JscepDeviceRunner implements DeviceRunner {
    public static final String ANDROID = "android";
    private static final Pattern HTTP_STATUS = Pattern.compile("^(\\d{3})\\b.*");

    private final String scepUrl;
    private final int keyBits;

    public JscepDeviceRunner(String scepUrl) {
        this(scepUrl, 2048);
    }

    /** @param keyBits the device's RSA key size; tests use 1024 to save key generation time */
    JscepDeviceRunner(String scepUrl, int keyBits) {
        this.scepUrl = scepUrl;
        this.keyBits = keyBits;
    }

    @Override
    public List<String> profiles() {
        return List.of(ANDROID);
    }

    @Override
    public DeviceRunResult run(String profile, Optional<String> challenge) {
        if (!profiles().contains(profile)) {
            throw new IllegalArgumentException("unknown device profile '" + profile + "'; known: " + String.join(", ", profiles()));
        }
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        String name = profile + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        log.add("new " + keyBits + "-bit RSA key; CSR for CN=" + name + ",O=scep-harness"
                + (challenge.isPresent() ? " with a challenge password" : " without a challenge password"));
        DeviceIdentity device = DeviceIdentity.create(name, challenge, keyBits);
        Client client = JscepClients.trustingAnyCa(scepUrl);
        client.setTransportFactory(new LoggingTransports(log));
        log.add("jscep enrols at " + scepUrl);
        String outcome;
        try {
            EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
            if (response.isSuccess()) {
                outcome = "success";
                log.add("CertRep SUCCESS: certificate issued");
            } else if (response.isPending()) {
                outcome = "pending";
                log.add("CertRep PENDING: transaction " + response.getTransactionId() + " waits for approval");
            } else {
                outcome = "scep-failure " + response.getFailInfo();
                log.add("CertRep FAILURE: failInfo " + response.getFailInfo());
            }
        } catch (Exception e) {
            outcome = classify(e);
            log.add("jscep gave up: " + e);
        }
        log.add("outcome: " + outcome);
        return new DeviceRunResult(profile, outcome, List.copyOf(log));
    }

    private static String classify(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransportException && t.getMessage() != null) {
                Matcher status = HTTP_STATUS.matcher(t.getMessage());
                if (status.matches()) {
                    return "http-status " + status.group(1);
                }
            }
            if (t instanceof SocketTimeoutException) {
                return "timeout";
            }
            if (t instanceof IOException) {
                return "connection-error";
            }
        }
        return "client-error";
    }

    /** Writes one log line per request jscep sends: method, operation, and how it ended. */
    private static final class LoggingTransports implements TransportFactory {
        private final TransportFactory delegate = new UrlConnectionTransportFactory();
        private final List<String> log;

        LoggingTransports(List<String> log) {
            this.log = log;
        }

        @Override
        public Transport forMethod(Method method, URL url) {
            Transport transport = delegate.forMethod(method, url);
            return new Transport() {
                @Override
                public <T> T sendRequest(Request request, ScepResponseHandler<T> handler) throws TransportException {
                    String sent = method + " " + request.getOperation().getName();
                    try {
                        T answer = transport.sendRequest(request, handler);
                        log.add(sent + " -> 200 OK");
                        return answer;
                    } catch (TransportException | RuntimeException e) {
                        log.add(sent + " -> " + (e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause()));
                        throw e;
                    }
                }
            };
        }
    }
}
