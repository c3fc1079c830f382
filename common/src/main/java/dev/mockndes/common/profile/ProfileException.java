package dev.mockndes.common.profile;

/** A profile file that cannot be read; the message is one line, {@code file:line: what is wrong}. */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
