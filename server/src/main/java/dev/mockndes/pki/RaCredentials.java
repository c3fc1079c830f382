package dev.mockndes.pki;

/**
 * NDES's two registration-authority certificates: one that signs CertReps ("Exchange Enrollment
 * Agent (Offline request)" template) and one that clients encrypt their requests to ("CEP
 * Encryption" template). Both are issued directly by the CA.
 */
public record RaCredentials(Credential signing, Credential encryption) {
}
