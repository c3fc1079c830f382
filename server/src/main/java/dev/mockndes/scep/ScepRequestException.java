package dev.mockndes.scep;

/**
 * The request cannot be read as a SCEP message at all (no CMS, no transactionID, …), so no
 * CertRep can be correlated with it. The transport answers HTTP 400 with {@link #getMessage()} as
 * the one-line reason.
 */
public class ScepRequestException extends Exception {
    public ScepRequestException(String reason) {
        super(reason);
    }

    public ScepRequestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
