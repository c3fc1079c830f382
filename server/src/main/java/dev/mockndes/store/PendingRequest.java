package dev.mockndes.store;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A PKCSReq (or RenewalReq) parked in the pending queue.
 *
 * @param transactionId the SCEP transactionID the device polls with
 * @param csr           the DER PKCS#10 request, already decrypted and checked
 * @param receivedAt    when the request first arrived
 * @param polls         how many times the device has asked since (CertPoll or the same request re-sent)
 * @param state         waiting, issued or rejected
 * @param serial        the issued certificate's serial, once {@code state} is {@link State#ISSUED}
 */
public record PendingRequest(String transactionId, byte[] csr, Instant receivedAt, int polls, State state,
                             Optional<BigInteger> serial) {

    public enum State { WAITING, ISSUED, REJECTED }

    public PendingRequest {
        Objects.requireNonNull(transactionId, "transactionId");
        csr = csr.clone();
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(serial, "serial");
        if ((state == State.ISSUED) != serial.isPresent()) {
            throw new IllegalArgumentException("a serial is present exactly when the request was issued");
        }
    }

    @Override
    public byte[] csr() {
        return csr.clone();
    }

    /** The subject the CSR asks for, as an X.500 string; "?" when the stored bytes cannot be read. */
    public String subject() {
        try {
            return new org.bouncycastle.pkcs.PKCS10CertificationRequest(csr).getSubject().toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    public static PendingRequest waiting(String transactionId, byte[] csr, Instant receivedAt) {
        return new PendingRequest(transactionId, csr, receivedAt, 0, State.WAITING, Optional.empty());
    }

    public PendingRequest polled() {
        return new PendingRequest(transactionId, csr, receivedAt, polls + 1, state, serial);
    }

    public PendingRequest issued(BigInteger issuedSerial) {
        return new PendingRequest(transactionId, csr, receivedAt, polls, State.ISSUED, Optional.of(issuedSerial));
    }

    public PendingRequest rejected() {
        return new PendingRequest(transactionId, csr, receivedAt, polls, State.REJECTED, Optional.empty());
    }
}
