package dev.mockndes.protocol;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** Object identifiers of the SCEP authenticated attributes and the Microsoft additions. */
public final class ScepOids {
    private static final ASN1ObjectIdentifier VERISIGN_PKI = new ASN1ObjectIdentifier("2.16.840.1.113733.1.9");

    public static final ASN1ObjectIdentifier MESSAGE_TYPE = VERISIGN_PKI.branch("2");
    public static final ASN1ObjectIdentifier PKI_STATUS = VERISIGN_PKI.branch("3");
    public static final ASN1ObjectIdentifier FAIL_INFO = VERISIGN_PKI.branch("4");
    public static final ASN1ObjectIdentifier SENDER_NONCE = VERISIGN_PKI.branch("5");
    public static final ASN1ObjectIdentifier RECIPIENT_NONCE = VERISIGN_PKI.branch("6");
    public static final ASN1ObjectIdentifier TRANSACTION_ID = VERISIGN_PKI.branch("7");

    /** szOID_ENROLL_SCEP_ERROR: the HRESULT of a failure, as a signed decimal PrintableString. */
    public static final ASN1ObjectIdentifier MS_SCEP_ERROR = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.21.33");
    /** szOID_ENROLL_CERTTYPE_EXTENSION: the v1 certificate template name, as a BMPString. */
    public static final ASN1ObjectIdentifier MS_CERTIFICATE_TEMPLATE_NAME = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2");
    /** szOID_ENROLLMENT_AGENT: the Certificate Request Agent extended key usage. */
    public static final ASN1ObjectIdentifier MS_CERTIFICATE_REQUEST_AGENT = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2.1");

    private ScepOids() {
    }
}
