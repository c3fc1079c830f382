package dev.mockndes.ndes.auth;

/**
 * A logon name split into its parts: DOMAIN&#92;user, {@code user@domain} or a bare
 * {@code user} (empty domain).
 */
record AccountName(String domain, String user) {

    static AccountName parse(String logon) {
        int backslash = logon.indexOf('\\');
        if (backslash >= 0) {
            return new AccountName(logon.substring(0, backslash), logon.substring(backslash + 1));
        }
        int at = logon.lastIndexOf('@');
        if (at >= 0) {
            return new AccountName(logon.substring(at + 1), logon.substring(0, at));
        }
        return new AccountName("", logon);
    }
}
