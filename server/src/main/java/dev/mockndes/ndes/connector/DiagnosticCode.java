package dev.mockndes.ndes.connector;

/**
 * The Intune certificate connector's diagnostic codes that its challenge-verification events
 * carry (Microsoft's "Intune Certificate Connector events and diagnostic codes" table); the
 * sentences are our own summaries of the documented messages.
 */
public enum DiagnosticCode {
    SUCCESS(0x00000000, "Success", "the operation succeeded"),
    ENCRYPTION_CERT_NOT_FOUND(0x00000408, "CRPSCEPCert_NotFound",
            "the registration point's encryption certificate could not be found; check the NDES and connector setup"),
    SIGNING_CERT_NOT_FOUND(0x00000409, "CRPSCEPSigningCert_NotFound",
            "the signing certificate could not be retrieved; check that the connector service runs and has downloaded its certificates"),
    DESERIALIZE_FAILED(0x00000410, "CRPSCEPDeserialize_Failed",
            "the SCEP challenge could not be deserialized; check the NDES and connector setup"),
    CHALLENGE_EXPIRED(0x00000411, "CRPSCEPChallenge_Expired",
            "the challenge has expired; the device may retry once the management service gives it a new one");

    private final int code;
    private final String diagnosticName;
    private final String sentence;

    DiagnosticCode(int code, String diagnosticName, String sentence) {
        this.code = code;
        this.diagnosticName = diagnosticName;
        this.sentence = sentence;
    }

    /** As the events write it, e.g. {@code 0x00000409}. */
    public String hex() {
        return String.format("0x%08X", code).replace("0X", "0x");
    }

    public String diagnosticName() {
        return diagnosticName;
    }

    /** e.g. "0x00000409 (CRPSCEPSigningCert_NotFound): the signing certificate could not be retrieved; …". */
    public String describe() {
        return hex() + " (" + diagnosticName + "): " + sentence;
    }
}
