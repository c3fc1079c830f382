package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;

/** Reads the IssuerAndSerialNumber inside a GetCert or GetCRL envelope. */
final class IssuerAndSerial {
    private IssuerAndSerial() {
    }

    static IssuerAndSerialNumber read(byte[] der) throws ScepFailure {
        try {
            return IssuerAndSerialNumber.getInstance(der);
        } catch (RuntimeException e) {
            throw new ScepFailure(FailInfo.BAD_REQUEST,
                    "the envelope does not hold an IssuerAndSerialNumber (" + PkiMessageReader.rootMessage(e) + ")", e);
        }
    }
}
