package dev.mockndes.harness.device;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** The SCEP signed-attribute OIDs (RFC 8894 §3.2.1), the client's copy. */
final class ScepAttributes {
    static final ASN1ObjectIdentifier MESSAGE_TYPE = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9.2");
    static final ASN1ObjectIdentifier PKI_STATUS = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9.3");
    static final ASN1ObjectIdentifier FAIL_INFO = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9.4");
    static final ASN1ObjectIdentifier SENDER_NONCE = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9.5");
    static final ASN1ObjectIdentifier RECIPIENT_NONCE = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9.6");
    static final ASN1ObjectIdentifier TRANSACTION_ID = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9.7");
    /** szOID_ENROLL_SCEP_ERROR: NDES's HRESULT for a FAILURE, a signed decimal PrintableString. */
    static final ASN1ObjectIdentifier NDES_ERROR = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.21.33");
    static final String PKCS_REQ = "19";
    static final String CERT_REP = "3";
    static final String[] FAIL_INFO_NAMES = {"badAlg", "badMessageCheck", "badRequest", "badTime", "badCertId"};

    private ScepAttributes() {
    }
}
