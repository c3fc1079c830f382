package dev.mockndes.scep;

/**
 * Answers one SCEP messageType. The request's signature, digest and signing time are already
 * checked; a refusal is thrown as a {@link ScepFailure} and becomes a FAILURE CertRep.
 */
@FunctionalInterface
interface MessageHandler {
    byte[] answer(SignedPkiMessage request) throws ScepFailure;
}
