package dev.mockndes.harness.probe;

import java.util.Objects;

/**
 * An account that may open NDES's mscep_admin page, as an MDM server that fetches challenges holds it.
 *
 * @param user     the account, optionally DOMAIN\\user
 * @param password its password
 */
public record AdminLogon(String user, String password) {
    public AdminLogon {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    String domain() {
        return user.contains("\\") ? user.substring(0, user.indexOf('\\')) : "";
    }

    String bareUser() {
        return user.contains("\\") ? user.substring(user.indexOf('\\') + 1) : user;
    }
}
