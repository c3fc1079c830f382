package dev.mockndes.ndes.auth;

/**
 * A Windows account that may open /certsrv/mscep_admin/.
 *
 * @param mayEnroll false for an account that authenticates but lacks NDES enrol rights (it gets
 *                  the insufficient-permission page)
 */
public record AdminUser(String name, String password, boolean mayEnroll) {

    /** Parses {@code USER:PASSWORD} or {@code USER:PASSWORD:noenroll}. */
    public static AdminUser parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts[0].isBlank() || parts.length > 3 || (parts.length == 3 && !parts[2].equals("noenroll"))) {
            throw new IllegalArgumentException("an admin user is written USER:PASSWORD or USER:PASSWORD:noenroll, not '" + text + "'");
        }
        return new AdminUser(parts[0], parts[1], parts.length == 2);
    }
}
