package dev.mockndes.protocol;

/**
 * SCEP failInfo values (RFC 8894 §3.2.1.4). Each carries the HRESULT that NDES puts in its
 * szOID_ENROLL_SCEP_ERROR attribute for that kind of failure. Only 0x80070057 (E_INVALIDARG) is
 * seen in a real capture; the others are our choice of the closest Windows error.
 */
public enum FailInfo {
    BAD_ALG("0", "badAlg", 0x80090008),                   // NTE_BAD_ALGID
    BAD_MESSAGE_CHECK("1", "badMessageCheck", 0x80090006), // NTE_BAD_SIGNATURE
    BAD_REQUEST("2", "badRequest", 0x80070057),           // E_INVALIDARG, as seen from a real NDES
    BAD_TIME("3", "badTime", 0x800B0101),                 // CERT_E_EXPIRED
    BAD_CERT_ID("4", "badCertId", 0x80092004);            // CRYPT_E_NOT_FOUND

    private final String wire;
    private final String rfcName;
    private final int hresult;

    FailInfo(String wire, String rfcName, int hresult) {
        this.wire = wire;
        this.rfcName = rfcName;
        this.hresult = hresult;
    }

    /** The name RFC 8894 and most clients use, e.g. "badRequest". */
    public String rfcName() {
        return rfcName;
    }

    public String wire() {
        return wire;
    }

    /** The HRESULT as the signed decimal string NDES writes (e.g. "-2147024809"). */
    public String hresultDecimal() {
        return Integer.toString(hresult);
    }
}
