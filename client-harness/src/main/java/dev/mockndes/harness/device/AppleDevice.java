package dev.mockndes.harness.device;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Apple's {@code profiled} (iOS and macOS): {@code message=SCEP Authority}, GetCACert then
 * GetCACaps, PKIOperation by GET with the base64 left raw ({@code +} and {@code /} unescaped) as
 * the device logs show it against NDES, a temporary signer named by a random UUID, AES when listed
 * else 3DES, the strongest listed SHA-2/SHA-1 digest and no enrolment at all without one, and a
 * transactionID that is the upper-case hex SHA-1 of the raw public key. macOS also refuses a
 * GetCACert without both RA certificates.
 */
final class AppleDevice extends ScepDevice {
    static final String IOS_AGENT = "profiled/1.0 CFNetwork/811.5.4 Darwin/16.6.0";
    static final String MACOS_AGENT = "profiled/1.0 CFNetwork/975.0.3 Darwin/18.2.0";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS Z");

    private final String name;
    private final String agent;
    private final boolean needsBothRa;
    private final boolean checksCa;

    private AppleDevice(String name, String agent, boolean needsBothRa, boolean checksCa) {
        this.name = name;
        this.agent = agent;
        this.needsBothRa = needsBothRa;
        this.checksCa = checksCa;
    }

    static AppleDevice ios() {
        return new AppleDevice("ios", IOS_AGENT, false, true);
    }

    /** macOS: whether it makes iOS's CA check is not documented, so this profile does not. */
    static AppleDevice macos() {
        return new AppleDevice("macos", MACOS_AGENT, true, false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected String userAgent() {
        return agent;
    }

    @Override
    protected String message() {
        return "SCEP Authority";
    }

    @Override
    protected boolean capsFirst() {
        return false;
    }

    @Override
    protected Algorithms choose(Set<String> caps) {
        return Algorithms.apple(caps);
    }

    @Override
    protected PkiTransport transport(Set<String> caps) {
        return PkiTransport.GET_RAW;
    }

    @Override
    protected boolean strict() {
        return false;
    }

    @Override
    protected String transactionId(SubjectPublicKeyInfo key) {
        return Thumbprint.hex("SHA-1", key.getPublicKeyData().getBytes());
    }

    @Override
    protected String signerName(String deviceName) {
        return UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * iOS checks the CA right after GetCACert and, when it refuses it, stops there: no GetCACaps
     * follows (Microsoft's "iOS devices don't send GetCACaps" article).
     */
    @Override
    protected void checkCaCertificates(CaCertificates certs, List<String> log) throws DeviceStop {
        if (!checksCa) {
            return;
        }
        java.util.Optional<String> refusal = CaSetDefects.appleRefusal(certs);
        if (refusal.isPresent()) {
            line(log, "error", "The Registration Authority's response is invalid.");
            throw new DeviceStop(new Outcome.DeviceRefused("The Registration Authority's response is invalid: " + refusal.get()
                    + "; GetCACaps was not sent"));
        }
    }

    @Override
    protected void checkRaCertificates(CaCertificates certs) throws DeviceStop {
        if (needsBothRa && !certs.hasBothRaCertificates()) {
            throw new DeviceStop(new Outcome.DeviceRefused("GetCACert lacks a CA-issued signing and encryption RA certificate pair"));
        }
    }

    @Override
    protected void logStart(List<String> log, DeviceTarget target, URI endpoint) {
        line(log, "default", "Beginning profile installation...");
    }

    @Override
    protected void logRequest(List<String> log, String operation, String method, String uri) {
        if (operation.equals("PKIOperation")) {
            line(log, "default", "Attempting to retrieve issued certificate...");
            line(log, "debug", "Sending CSR via " + method + ".");
        }
        line(log, "debug", "Performing synchronous URL request: " + shorten(uri));
    }

    @Override
    protected void logAnswer(List<String> log, String operation, HttpAnswer answer) {
        line(log, "debug", "Received " + operation + " response: HTTP " + answer.status() + ", " + answer.body().length + " bytes, "
                + (answer.contentType().isEmpty() ? "no content type" : answer.contentType()));
    }

    @Override
    protected void logOutcome(List<String> log, Outcome outcome) {
        if (outcome instanceof Outcome.Success) {
            line(log, "default", "Profile \"SCEP certificate\" installed: " + outcome.detail());
        } else if (outcome instanceof Outcome.Pending) {
            line(log, "default", "The SCEP server answered PENDING; the device will poll with GetCertInitial.");
        } else {
            line(log, "error", "Profile installation failed: " + outcome.wire() + " - " + outcome.detail());
        }
    }

    private static void line(List<String> log, String level, String message) {
        log.add(String.format("%-10s %s    profiled    %s", level, ZonedDateTime.now(ZoneOffset.UTC).format(TIME), message));
    }
}
