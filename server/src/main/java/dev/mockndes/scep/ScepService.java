package dev.mockndes.scep;

import java.util.Optional;

/**
 * The SCEP operations, as NDES offers them. Transport-neutral: no HTTP types in or out.
 *
 * <p>{@code message} is the query parameter of the same name; NDES ignores it for the CA
 * operations and so does this service, but it is passed on for implementations that care.
 */
public interface ScepService {

    ScepResponse caCaps(String message);

    ScepResponse caCert(String message);

    /** Empty when no CA rollover is configured. */
    Optional<ScepResponse> nextCaCert(String message);

    /**
     * Handles one PKIOperation. Protocol refusals come back as a FAILURE CertRep inside the response.
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    ScepResponse pkiOperation(byte[] message) throws ScepRequestException;
}
