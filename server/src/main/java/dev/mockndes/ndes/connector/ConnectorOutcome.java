package dev.mockndes.ndes.connector;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the connector's verification of one request comes to, with what each hop answers: the
 * certificate registration point's HTTP status to the plugin's {@code POST .../VerifyRequest} (as
 * the IIS log records it) and the diagnostic code of the connector event. Every outcome but
 * {@link #VERIFIED} makes NDES refuse the request.
 *
 * <p>Documented [troubleshoot-scep-certificate-ndes-policy-module, certificateregistrationsvc-verify-request-error,
 * troubleshoot-certificate-connector-events]: 201 for a verified request, {@code 403 16 2148204809} when
 * the plugin's client certificate does not chain (an intermediate in the Trusted Root store),
 * {@code 500 0 0} when CertificateRegistrationSvc cannot run; events 20500/20501/20502 and their codes.
 * Our choice (UNCONFIRMED): a request the registration point rejects is still answered 201 (it
 * answered, and the answer is "false").
 */
public enum ConnectorOutcome {
    VERIFIED("verified", 201, 0, 0, Optional.of(DiagnosticCode.SUCCESS)),
    /** The challenge's validity ended (event 20501, 0x00000411). */
    CHALLENGE_EXPIRED("challenge-expired", 201, 0, 0, Optional.of(DiagnosticCode.CHALLENGE_EXPIRED)),
    /** The challenge was not issued for this request: another subject or subjectAltNames, unknown or used (event 20501). */
    CHALLENGE_MISMATCH("challenge-mismatch", 201, 0, 0, Optional.of(DiagnosticCode.SUCCESS)),
    /** The challenge could not be read at all (event 20502, 0x00000410). */
    CHALLENGE_UNREADABLE("challenge-unreadable", 201, 0, 0, Optional.of(DiagnosticCode.DESERIALIZE_FAILED)),
    /** The registration point's encryption certificate is missing (event 20502, 0x00000408). */
    ENCRYPTION_CERT_MISSING("encryption-cert-missing", 201, 0, 0, Optional.of(DiagnosticCode.ENCRYPTION_CERT_NOT_FOUND)),
    /** The SigningCertificate registry value is missing: "m_safeCertContext is an invalid handle" (event 20502, 0x00000409). */
    SIGNING_CERT_MISSING("signing-cert-missing", 201, 0, 0, Optional.of(DiagnosticCode.SIGNING_CERT_NOT_FOUND)),
    /** IIS refuses the plugin's client certificate: an intermediate CA sits in the Trusted Root store. */
    INTERMEDIATE_IN_ROOT("intermediate-in-root", 403, 16, 2148204809L, Optional.empty()),
    /** CertificateRegistrationSvc fails to compile: its pool's account cannot write to C:\Windows\Temp. */
    SERVICE_ERROR("service-error", 500, 0, 0, Optional.empty());

    private final String word;
    private final int status;
    private final int substatus;
    private final long win32Status;
    private final Optional<DiagnosticCode> diagnostic;

    ConnectorOutcome(String word, int status, int substatus, long win32Status, Optional<DiagnosticCode> diagnostic) {
        this.word = word;
        this.status = status;
        this.substatus = substatus;
        this.win32Status = win32Status;
        this.diagnostic = diagnostic;
    }

    /** The scenario word, e.g. {@code signing-cert-missing}. */
    public String word() {
        return word;
    }

    public int status() {
        return status;
    }

    public int substatus() {
        return substatus;
    }

    public long win32Status() {
        return win32Status;
    }

    /** The code of the connector event; empty when the request never reached the registration point's code. */
    public Optional<DiagnosticCode> diagnostic() {
        return diagnostic;
    }

    /** True when the registration point ran and answered (its svclog has the verification). */
    public boolean reachedRegistrationPoint() {
        return status == 201;
    }

    /** The words a scenario may name: every outcome but {@code verified}. */
    public static List<String> refusalWords() {
        return Arrays.stream(values()).filter(o -> o != VERIFIED).map(ConnectorOutcome::word).toList();
    }

    /** @throws IllegalArgumentException for a word that names no refusal, listing the ones that do */
    public static ConnectorOutcome refusal(String word) {
        return Arrays.stream(values()).filter(o -> o != VERIFIED && o.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown connector outcome '" + word + "' ("
                        + String.join(", ", refusalWords()) + ")"));
    }
}
