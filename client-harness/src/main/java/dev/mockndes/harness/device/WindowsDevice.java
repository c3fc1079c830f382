package dev.mockndes.harness.device;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Windows MDM's SCEP CSP: {@code /pkiclient.exe} appended to the URL it is given,
 * {@code message=default}, the {@code NDES client} User-Agent, GetCACaps before GetCACert, both RA
 * certificates (signing and encryption, issued by the CA) required, the configured thumbprint
 * checked against the trust anchor, PKIOperation by GET (percent-encoded). Its log is the
 * DeviceManagement-Enterprise-Diagnostics-Provider Admin channel: event 306 when the policy
 * arrives, 36 when the request is generated, 39 when the certificate is installed, 32 on failure
 * with the HRESULT Windows would show. The cipher and digest (3DES, SHA-256 when listed) and the
 * transactionID form are our choice: no public source pins them.
 */
final class WindowsDevice extends ScepDevice {
    static final String AGENT = "Mozilla/4.0 (compatible; Win32; NDES client)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String name() {
        return "windows";
    }

    @Override
    protected URI endpoint(URI scepUrl) {
        String url = scepUrl.toString();
        return URI.create(url.endsWith("/pkiclient.exe") ? url : url.replaceAll("/+$", "") + "/pkiclient.exe");
    }

    @Override
    protected String userAgent() {
        return AGENT;
    }

    @Override
    protected String message() {
        return "default";
    }

    @Override
    protected boolean capsFirst() {
        return true;
    }

    @Override
    protected Algorithms choose(Set<String> caps) {
        return Algorithms.windows(caps);
    }

    @Override
    protected PkiTransport transport(Set<String> caps) {
        return PkiTransport.GET_ENCODED;
    }

    @Override
    protected boolean strict() {
        return false;
    }

    @Override
    protected String transactionId(SubjectPublicKeyInfo key) {
        return Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(Thumbprint.hex("SHA-1", key.getPublicKeyData().getBytes())));
    }

    /**
     * Windows builds the chain of each RA certificate before it enrols. When the RA certificates
     * name the CA but were signed by another key (the CA was renewed with a new key), the chain
     * ends at an untrusted root: CAPI2 event 30 with 800B0109, then events 307 and 32. The event
     * texts are ours; only their ids and the code are documented.
     */
    @Override
    protected void checkCaCertificates(CaCertificates certs, List<String> log) throws DeviceStop {
        java.util.Optional<java.security.cert.X509Certificate> broken = CaSetDefects.raWithBrokenChain(certs);
        if (broken.isPresent()) {
            String subject = broken.get().getSubjectX500Principal().toString();
            log.add(String.format("CAPI2 %-4d %-11s %s  %s", 30, "Error", ZonedDateTime.now(ZoneOffset.UTC).format(TIME),
                    "Verify Chain Policy: " + subject + " (issuer " + broken.get().getIssuerX500Principal() + "): the chain ends in a "
                            + "root certificate that is not trusted. Result: [0x800B0109] CERT_E_UNTRUSTEDROOT."));
            event(log, 307, "Error", "SCEP: The RA certificate " + subject + " does not chain to a trusted CA. Result: (0x800B0109).");
            throw new DeviceStop(new Outcome.DeviceRefused("the RA certificate " + subject + " does not chain to the CA GetCACert "
                    + "carries (0x800B0109, CERT_E_UNTRUSTEDROOT)"));
        }
    }

    @Override
    protected void checkRaCertificates(CaCertificates certs) throws DeviceStop {
        if (!certs.hasBothRaCertificates()) {
            throw new DeviceStop(new Outcome.DeviceRefused("GetCACert must carry a signature RA certificate and an encryption RA "
                    + "certificate, both issued by the CA"));
        }
    }

    @Override
    protected void logStart(List<String> log, DeviceTarget target, URI endpoint) {
        event(log, 306, "Information", "SCEP: CspExecute for the SCEP profile. Result: (0x2ab0003) accepted for processing.");
    }

    @Override
    protected void logRequest(List<String> log, String operation, String method, String uri) {
        if (operation.equals("PKIOperation")) {
            event(log, 36, "Information", "SCEP: Certificate request generated successfully. Enhanced Key Usage: (1.3.6.1.5.5.7.3.2), "
                    + "NDES URL: (" + uri.substring(0, uri.indexOf('?')) + "), Container Name: (), KSP Setting: (0x2), Store Location: (0x1).");
        }
        log.add("trace      " + method + " " + shorten(uri));
    }

    @Override
    protected void logAnswer(List<String> log, String operation, HttpAnswer answer) {
        log.add("trace      " + operation + " -> " + answer.statusLine() + " " + answer.contentType() + " (" + answer.body().length + " bytes)");
    }

    @Override
    protected void logOutcome(List<String> log, Outcome outcome) {
        if (outcome instanceof Outcome.Success) {
            event(log, 39, "Information", "SCEP: Certificate installed successfully. " + outcome.detail());
        } else if (outcome instanceof Outcome.Pending) {
            event(log, 32, "Warning", "SCEP: Certificate request is pending. The device will retry. Result: (0x80094803).");
        } else {
            event(log, 32, "Error", "SCEP: Certificate enroll failed. Result: (0x" + hresult(outcome) + "). " + outcome.detail());
        }
    }

    /** The HRESULT Windows reports for an outcome (HTTP_E_STATUS_* for HTTP statuses). */
    static String hresult(Outcome outcome) {
        int code;
        if (outcome instanceof Outcome.HttpStatus http) {
            code = 0x80190000 | http.status();
        } else if (outcome instanceof Outcome.Timeout) {
            code = 0x80072EE2;
        } else if (outcome instanceof Outcome.ConnectionError) {
            code = 0x80072EFD;
        } else if (outcome instanceof Outcome.ScepFailure) {
            code = 0x80070057;
        } else if (outcome instanceof Outcome.DeviceRefused refused
                && (refused.detail().contains("thumbprint") || refused.detail().contains("0x800B0109"))) {
            code = 0x800B0109;
        } else if (outcome instanceof Outcome.DeviceRefused) {
            code = 0x80092004;
        } else {
            code = 0x8009310B;
        }
        return String.format("%08x", code);
    }

    private static void event(List<String> log, int id, String level, String message) {
        log.add(String.format("Event %-4d %-11s %s  %s", id, level, ZonedDateTime.now(ZoneOffset.UTC).format(TIME), message));
    }
}
