package dev.mockndes.harness.load;

import dev.mockndes.harness.device.Algorithms;
import dev.mockndes.harness.device.CaCertificates;
import dev.mockndes.harness.device.CertRep;
import dev.mockndes.harness.device.DeviceHttp;
import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.DeviceStop;
import dev.mockndes.harness.device.HttpAnswer;
import dev.mockndes.harness.device.PkcsReq;
import dev.mockndes.harness.device.Thumbprint;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Enrolments with everything the client can do in advance done before the clock starts: GetCACaps
 * and GetCACert once, then for every device its keys, CSR and the signed, encrypted PKCSReq bytes.
 * The timed part only POSTs those bytes over keep-alive connections and reads each reply's
 * pkiStatus (no signature check, no decryption), so the measure is the server's.
 *
 * <p>An optional warm-up sends the same requests for a while before the clock starts and reports
 * nothing of it: a JVM server (mock-ndes among them) compiles its enrolment path while it serves the
 * first tens of seconds of enrolments, on the same cores, and runs them at a fraction of its later rate.
 */
public final class PrebuiltLoad {
    private final LoadPlan plan;
    private final boolean get;
    private final Duration warmup;

    public PrebuiltLoad(LoadPlan plan) {
        this(plan, false);
    }

    /** With {@code get}, every PKIOperation goes in the URL's {@code message=} even when the server takes POST. */
    public PrebuiltLoad(LoadPlan plan, boolean get) {
        this(plan, get, Duration.ZERO);
    }

    /** With a positive {@code warmup}, the requests are sent for that long, unreported, before the measured run. */
    public PrebuiltLoad(LoadPlan plan, boolean get, Duration warmup) {
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("a warm-up cannot be negative: " + warmup);
        }
        this.plan = plan;
        this.get = get;
        this.warmup = warmup;
    }

    public LoadReport run() throws IOException, DeviceStop {
        return run(Phases.none());
    }

    /** Two phases, each shown with its own count and time: preparing the requests (on every core), then enrolling. */
    public LoadReport run(Phases phases) throws IOException, DeviceStop {
        List<byte[]> requests;
        try (Progress preparing = phases.begin("preparing requests", "devices", plan.devices(), 0)) {
            requests = build(preparing.counter());
        }
        if (!warmup.isZero()) {
            try (Progress warming = phases.begin("warming up", "enrolments", -1, warmup.toNanos())) {
                send(requests, Budget.of(null, warmup), warming.counter());
            }
        }
        try (Progress enrolling = phases.begin("enrolling", "enrolments", plan.count() == null ? -1 : plan.count(),
                plan.duration() == null ? 0 : plan.duration().toNanos())) {
            return send(requests, Budget.of(plan.count(), plan.duration()), enrolling.counter());
        }
    }

    private LoadReport send(List<byte[]> requests, Budget budget, AtomicLong progress) throws IOException {
        return new KeepAliveLoad(Requests.address(plan.url()), plan.concurrency(), plan.timeout())
                .run("enrol", budget, n -> requests.get((int) (n % requests.size())),
                        (status, body) -> {
                            if (status != 200) {
                                return "http-status " + status;
                            }
                            String outcome = CertRep.quickStatus(body);
                            return outcome.equals("success") ? null : outcome;
                        }, progress);
    }

    /** The device requests, ready to send. */
    List<byte[]> build(AtomicLong built) throws DeviceStop {
        DeviceHttp http = new DeviceHttp(Requests.AGENT, plan.timeout());
        HttpAnswer capsAnswer = http.get(URI.create(plan.url() + "?operation=GetCACaps&message=ca"));
        Set<String> caps = new HashSet<>(Arrays.asList(capsAnswer.text().split("[\r\n]+")));
        HttpAnswer certAnswer = http.get(URI.create(plan.url() + "?operation=GetCACert&message=ca"));
        if (certAnswer.status() != 200) {
            throw new DeviceStop(new dev.mockndes.harness.device.Outcome.HttpStatus(certAnswer.status(), "GetCACert before the run"));
        }
        CaCertificates certs = CaCertificates.parse(certAnswer);
        if (plan.caSha256().isPresent() && !plan.caSha256().get().equalsIgnoreCase(Thumbprint.sha256(certs.trustAnchor()))) {
            throw new DeviceStop(new dev.mockndes.harness.device.Outcome.DeviceRefused("the CA thumbprint is not the configured one"));
        }
        Algorithms algorithms = caps.contains("AES") && caps.contains("SHA-256") ? Algorithms.AES128_SHA256 : Algorithms.windows(caps);
        boolean post = !get && (caps.contains("POSTPKIOperation") || caps.contains("SCEPStandard"));
        return IntStream.range(0, plan.devices()).parallel().mapToObj(i -> {
            DeviceIdentity device = DeviceIdentity.create("load-device-" + i, plan.challenge(), plan.keyBits());
            String transactionId = Thumbprint.hex("SHA-1", SubjectPublicKeyInfo.getInstance(device.keys().getPublic().getEncoded())
                    .getPublicKeyData().getBytes());
            byte[] der = PkcsReq.build(device.keys(), device.identity(), device.csr(), certs.recipient(), algorithms, transactionId).der();
            built.incrementAndGet();
            return post ? Requests.post(plan.url(), "operation=PKIOperation", CertRep.PKI_MESSAGE, der)
                    : Requests.get(plan.url(), "operation=PKIOperation&message="
                    + java.net.URLEncoder.encode(java.util.Base64.getEncoder().encodeToString(der), java.nio.charset.StandardCharsets.UTF_8));
        }).toList();
    }
}
