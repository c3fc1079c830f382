package dev.mockndes.ndes.auth;

/** An NTLM message that does not parse. Never leaves the package: the facade turns it into a refusal. */
final class MalformedNtlm extends RuntimeException {

    MalformedNtlm(String message) {
        super(message, null, false, false);
    }
}
