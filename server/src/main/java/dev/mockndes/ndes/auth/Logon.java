package dev.mockndes.ndes.auth;

/**
 * The outcome of checking one set of credentials.
 *
 * @param user    the qualified name (DOMAIN&#92;account), or null when the logon failed
 * @param failure why the logon failed, empty when it succeeded
 */
record Logon(String user, String failure) {

    static Logon as(String user) {
        return new Logon(user, "");
    }

    static Logon failed(String why) {
        return new Logon(null, why);
    }

    boolean ok() {
        return user != null;
    }
}
