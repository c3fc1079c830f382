package dev.mockndes.harness.device;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A generic client that holds the server to RFC 8894 and stops at the first deviation: GetCACaps
 * first, AES-128 and SHA-256 (listed or implied by SCEPStandard) or nothing, POST when the server
 * offers it, the exact Content-Types, a CertRep signed by the RA signing certificate that echoes the
 * transactionID, carries a senderNonce, returns our senderNonce as recipientNonce, uses a defined
 * failInfo, is encrypted with our cipher and issues a certificate for our key.
 */
final class StrictDevice extends ScepDevice {

    @Override
    public String name() {
        return "rfc8894";
    }

    @Override
    protected String userAgent() {
        return "scep-harness-rfc8894/1.0";
    }

    @Override
    protected String message() {
        return null;
    }

    @Override
    protected boolean capsFirst() {
        return true;
    }

    @Override
    protected Algorithms choose(Set<String> caps) {
        return Algorithms.rfc8894(caps);
    }

    @Override
    protected PkiTransport transport(Set<String> caps) {
        return caps.contains("POSTPKIOperation") || caps.contains("SCEPStandard") ? PkiTransport.POST : PkiTransport.GET_ENCODED;
    }

    @Override
    protected boolean strict() {
        return true;
    }

    @Override
    protected String transactionId(SubjectPublicKeyInfo key) {
        try {
            return Thumbprint.hex("SHA-256", key.getEncoded()).toLowerCase(java.util.Locale.ROOT);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void logStart(List<String> log, DeviceTarget target, URI endpoint) {
        log.add("rfc8894: enrolling at " + endpoint + (target.challenge().isPresent() ? " with a challenge" : " without a challenge"));
    }

    @Override
    protected void logRequest(List<String> log, String operation, String method, String uri) {
        log.add("rfc8894: " + operation + ": " + method + " " + shorten(uri));
    }

    @Override
    protected void logAnswer(List<String> log, String operation, HttpAnswer answer) {
        log.add("rfc8894: " + operation + ": " + answer.statusLine() + ", Content-Type " + answer.header("content-type").orElse("(none)")
                + ", " + answer.body().length + " bytes");
    }

    @Override
    protected void logOutcome(List<String> log, Outcome outcome) {
        log.add("rfc8894: " + outcome.wire() + (outcome.detail().isBlank() ? "" : ": " + outcome.detail()));
    }
}
