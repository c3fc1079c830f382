package dev.mockndes.scep;

import dev.mockndes.pki.RaVariant;
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

    /** GetCACert with RA certificates unlike the healthy ones (expired, not yet valid, foreign): a fault scenario. */
    ScepResponse caCert(String message, RaVariant variant);

    /** Empty when no CA rollover is configured. */
    Optional<ScepResponse> nextCaCert(String message);

    /**
     * Handles one PKIOperation. Protocol refusals come back as a FAILURE CertRep inside the response.
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    ScepResponse pkiOperation(byte[] message) throws ScepRequestException;

    /**
     * Answers a PKIOperation with a FAILURE CertRep carrying {@code failInfo}, whatever it asks for:
     * a fault scenario's policy module saying no.
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    ScepResponse refuse(byte[] message, FailInfo failInfo) throws ScepRequestException;

    /** Answers a PKIOperation with a PENDING CertRep, whatever it asks for. */
    ScepResponse pend(byte[] message) throws ScepRequestException;
}
