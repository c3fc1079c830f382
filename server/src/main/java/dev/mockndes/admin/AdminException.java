package dev.mockndes.admin;

/**
 * An admin call refused, with the HTTP status the admin API answers it with and a one-line reason
 * for a person. Thrown alike by {@link LocalAdmin} and {@link HttpAdmin}.
 */
public class AdminException extends RuntimeException {
    private final int status;

    public AdminException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
