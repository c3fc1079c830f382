package dev.mockndes.protocol;

import java.util.Arrays;
import java.util.Optional;

/** SCEP messageType values (RFC 8894 §3.2.1.2), sent as decimal PrintableStrings. */
public enum MessageType {
    CERT_REP("3", "CertRep"),
    RENEWAL_REQ("17", "RenewalReq"),
    PKCS_REQ("19", "PKCSReq"),
    CERT_POLL("20", "CertPoll"),
    GET_CERT("21", "GetCert"),
    GET_CRL("22", "GetCRL");

    private final String wire;
    private final String rfcName;

    MessageType(String wire, String rfcName) {
        this.wire = wire;
        this.rfcName = rfcName;
    }

    /** The name RFC 8894 uses, e.g. "PKCSReq"; CertPoll is also known as GetCertInitial. */
    public String rfcName() {
        return rfcName;
    }

    /** Case-insensitive lookup by RFC name, accepting GetCertInitial for CertPoll. */
    public static Optional<MessageType> fromName(String name) {
        String wanted = name.equalsIgnoreCase("GetCertInitial") ? "CertPoll" : name;
        return Arrays.stream(values()).filter(t -> t.rfcName.equalsIgnoreCase(wanted)).findFirst();
    }

    public String wire() {
        return wire;
    }

    public static Optional<MessageType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value.trim())).findFirst();
    }
}
