package dev.mockndes.harness.device;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A hand-written SCEP client with the knobs real clients differ in; the Apple, Windows and strict
 * RFC 8894 profiles are its subclasses. The sequence:
 * <pre>
 *   GetCACert ─┐ (order per device)     thumbprint, RA certificates     algorithms from caps
 *   GetCACaps ─┘ ──────────────────────► device checks ───────────────► PKCSReq (GET or POST)
 *                                                                          │
 *   outcome ◄── CertRep checks (signer, transactionID, nonces, status) ◄───┘
 * </pre>
 * Every step logs in the device's own format; the first deviation ends the run with its outcome.
 */
abstract class ScepDevice implements DeviceProfile {

    /** How PKIOperation travels. */
    enum PkiTransport { GET_RAW, GET_ENCODED, POST }

    protected abstract String userAgent();

    /** The {@code message=} value of GetCACert and GetCACaps, or null for none. */
    protected abstract String message();

    protected abstract boolean capsFirst();

    /** null: the caps are not enough for this device. */
    protected abstract Algorithms choose(Set<String> caps);

    protected abstract PkiTransport transport(Set<String> caps);

    protected abstract boolean strict();

    /** The transaction ID this device derives from its public key. */
    protected abstract String transactionId(SubjectPublicKeyInfo key);

    /** The common name of the temporary self-signed signer certificate. */
    protected String signerName(String deviceName) {
        return deviceName;
    }

    /**
     * Checks the GetCACert set right after it arrives, before the thumbprint and before GetCACaps
     * when caps come second; may log what the device logs. Default: no check.
     */
    protected void checkCaCertificates(CaCertificates certs, List<String> log) throws DeviceStop {
    }

    /** Refuses RA certificates the device cannot work with; default: accept whatever is there. */
    protected void checkRaCertificates(CaCertificates certs) throws DeviceStop {
    }

    protected URI endpoint(URI scepUrl) {
        return scepUrl;
    }

    protected abstract void logRequest(List<String> log, String operation, String method, String uri);

    protected abstract void logAnswer(List<String> log, String operation, HttpAnswer answer);

    protected abstract void logStart(List<String> log, DeviceTarget target, URI endpoint);

    protected abstract void logOutcome(List<String> log, Outcome outcome);

    @Override
    public final DeviceRun run(DeviceTarget target) {
        List<String> log = new ArrayList<>();
        Outcome outcome;
        URI endpoint = endpoint(target.scepUrl());
        try {
            logStart(log, target, endpoint);
            outcome = enrol(target, endpoint, new DeviceHttp(userAgent(), target.timeout(), target.tlsTrust()), log);
        } catch (DeviceStop stop) {
            outcome = stop.outcome();
        } catch (RuntimeException e) {
            outcome = new Outcome.InvalidResponse("the device gave up: " + e);
        }
        logOutcome(log, outcome);
        return new DeviceRun(name(), outcome, log);
    }

    private Outcome enrol(DeviceTarget target, URI endpoint, DeviceHttp http, List<String> log) throws DeviceStop {
        String deviceName = name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        DeviceIdentity device = DeviceIdentity.create(deviceName, target.challenge());
        X509Certificate signer = DeviceIdentity.selfSigned(device.keys(), signerName(deviceName));
        Set<String> caps = capsFirst() ? caps(endpoint, http, log) : null;
        CaCertificates certs = caCert(endpoint, http, log);
        checkCaCertificates(certs, log);
        if (target.caSha256().isPresent() && !target.caSha256().get().equals(Thumbprint.sha256(certs.trustAnchor()))) {
            throw new DeviceStop(new Outcome.DeviceRefused("the CA thumbprint " + Thumbprint.sha256(certs.trustAnchor())
                    + " of " + certs.trustAnchor().getSubjectX500Principal() + " is not the configured " + target.caSha256().get()));
        }
        checkRaCertificates(certs);
        caps = caps == null ? caps(endpoint, http, log) : caps;
        Algorithms algorithms = choose(caps);
        if (algorithms == null) {
            throw new DeviceStop(new Outcome.DeviceRefused("insufficient CA caps: " + String.join(" ", caps)));
        }
        PkcsReq request = PkcsReq.build(device.keys(), signer, device.csr(), certs.recipient(), algorithms,
                transactionId(SubjectPublicKeyInfo.getInstance(device.keys().getPublic().getEncoded())));
        HttpAnswer answer = pkiOperation(endpoint, request, transport(caps), http, log);
        if (answer.status() != 200) {
            throw new DeviceStop(new Outcome.HttpStatus(answer.status(), "PKIOperation answered " + answer.statusLine()));
        }
        return CertRep.read(answer, request, certs.replySigner(), device.keys(), strict());
    }

    private Set<String> caps(URI endpoint, DeviceHttp http, List<String> log) throws DeviceStop {
        HttpAnswer answer = exchange("GetCACaps", http, log, query(endpoint, "GetCACaps", message()));
        return new LinkedHashSet<>(Arrays.stream(answer.text().split("[\r\n]+")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private CaCertificates caCert(URI endpoint, DeviceHttp http, List<String> log) throws DeviceStop {
        return CaCertificates.parse(exchange("GetCACert", http, log, query(endpoint, "GetCACert", message())));
    }

    private HttpAnswer exchange(String operation, DeviceHttp http, List<String> log, URI uri) throws DeviceStop {
        logRequest(log, operation, "GET", uri.toString());
        HttpAnswer answer = http.get(uri);
        logAnswer(log, operation, answer);
        if (answer.status() != 200) {
            throw new DeviceStop(new Outcome.HttpStatus(answer.status(), operation + " answered " + answer.statusLine()));
        }
        return answer;
    }

    private HttpAnswer pkiOperation(URI endpoint, PkcsReq request, PkiTransport transport, DeviceHttp http, List<String> log)
            throws DeviceStop {
        String base64 = Base64.getEncoder().encodeToString(request.der());
        HttpAnswer answer;
        if (transport == PkiTransport.POST) {
            URI uri = URI.create(endpoint + "?operation=PKIOperation");
            logRequest(log, "PKIOperation", "POST", uri.toString());
            answer = http.post(uri, request.der(), CertRep.PKI_MESSAGE);
        } else {
            String value = transport == PkiTransport.GET_RAW ? base64 : URLEncoder.encode(base64, StandardCharsets.UTF_8);
            URI uri = URI.create(endpoint + "?operation=PKIOperation&message=" + value);
            logRequest(log, "PKIOperation", "GET", uri.toString());
            answer = http.get(uri);
        }
        logAnswer(log, "PKIOperation", answer);
        return answer;
    }

    static URI query(URI endpoint, String operation, String message) {
        return URI.create(endpoint + "?operation=" + operation
                + (message == null ? "" : "&message=" + URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20")));
    }

    /** A long URL shortened for a log line, as device logs cut them. */
    static String shorten(String uri) {
        return uri.length() <= 160 ? uri : uri.substring(0, 160) + "...";
    }
}
