package dev.mockndes.scep;

/**
 * The request's envelope is not addressed to the CEP Encryption key, the only key NDES decrypts with.
 * NDES raises Event 18 with {@link #HRESULT} and answers without a CertRep.
 */
public final class UndecryptableRequest extends ScepRequestException {
    /** NTE_BAD_DATA, in Event 18's text. */
    public static final String HRESULT = "0x80090005";

    UndecryptableRequest(String reason) {
        super(reason);
    }
}
