package dev.mockndes.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.asn1.x500.X500Name;

/** The CA and the two RA credentials the server works with. */
public record Pki(CertificateAuthority ca, RaCredentials ra) {

    /**
     * Generates a fresh, in-memory PKI. The three RSA keys are generated in parallel because key
     * generation dominates start-up time.
     */
    public static Pki ephemeral(PkiSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        ExecutorService keyThreads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "pki-keygen");
            thread.setDaemon(true);
            return thread;
        });
        var caKeys = CompletableFuture.supplyAsync(() -> KeyPairs.rsa(settings.keyBits(), random), keyThreads);
        var signingKeys = CompletableFuture.supplyAsync(() -> KeyPairs.rsa(settings.keyBits(), random), keyThreads);
        KeyPair encryptionKeys = KeyPairs.rsa(settings.keyBits(), random);
        keyThreads.shutdown();
        SerialNumbers serials = new SerialNumbers(random);

        KeyPair ca = caKeys.join();
        Credential caCredential = Credential.of(AuthorityCertificates.selfSignedCa(new X500Name(settings.caSubject()), ca,
                serials.next(), Validity.startingNow(clock, PkiSettings.CA_VALIDITY)), ca.getPrivate());
        X500Name raSubject = new X500Name(settings.raSubject());
        Validity raValidity = Validity.startingNow(clock, PkiSettings.RA_VALIDITY);
        KeyPair signing = signingKeys.join();
        RaCredentials ra = new RaCredentials(
                Credential.of(AuthorityCertificates.raSigning(caCredential, raSubject, signing, serials.next(), raValidity),
                        signing.getPrivate()),
                Credential.of(AuthorityCertificates.raEncryption(caCredential, raSubject, encryptionKeys, serials.next(), raValidity),
                        encryptionKeys.getPrivate()));
        return new Pki(new CertificateAuthority(caCredential, serials, settings.issuedValidity(), clock), ra);
    }
}
