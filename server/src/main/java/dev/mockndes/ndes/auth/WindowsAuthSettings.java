package dev.mockndes.ndes.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the mock IIS is and which Windows accounts it knows.
 *
 * @param netbiosDomain the CHALLENGE's target name and the domain of authenticated users (DOMAIN&#92;user)
 * @param passwords     account name to password; names match case-insensitively
 * @param anyDomain     true to accept whatever domain a client names; false to accept only an empty
 *                      domain, the NetBIOS or DNS domain, or the computer name (a local account)
 * @param basic         Basic authentication installed and enabled (NDES setup does not install it: off by default)
 * @throws IllegalArgumentException when two account names differ only in case
 */
public record WindowsAuthSettings(String netbiosDomain, String netbiosComputer, String dnsDomain, String dnsComputer,
                                  Map<String, String> passwords, boolean anyDomain,
                                  boolean basic) {
    public static final String DEFAULT_DOMAIN = "MOCKNDES";

    public WindowsAuthSettings {
        Objects.requireNonNull(netbiosDomain, "netbiosDomain");
        Objects.requireNonNull(netbiosComputer, "netbiosComputer");
        Objects.requireNonNull(dnsDomain, "dnsDomain");
        Objects.requireNonNull(dnsComputer, "dnsComputer");
        passwords = Map.copyOf(passwords);
        if (passwords.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().count() < passwords.size()) {
            throw new IllegalArgumentException("two accounts differ only in case: " + passwords.keySet());
        }
    }

    /** Domain MOCKNDES (mockndes.test), computer NDES, any domain accepted. */
    public static WindowsAuthSettings of(Map<String, String> passwords) {
        return new WindowsAuthSettings(DEFAULT_DOMAIN, "NDES", "mockndes.test", "ndes.mockndes.test", passwords, true, false);
    }

    public WindowsAuthSettings withDomain(String netbios, String dns) {
        return new WindowsAuthSettings(netbios, netbiosComputer, dns, netbiosComputer.toLowerCase(Locale.ROOT)
                + "." + dns, passwords, anyDomain, basic);
    }

    public WindowsAuthSettings onlyOwnDomain() {
        return new WindowsAuthSettings(netbiosDomain, netbiosComputer, dnsDomain, dnsComputer, passwords, false, basic);
    }

    /** Basic offered after Negotiate and NTLM and accepted, for gateways that speak nothing else. */
    public WindowsAuthSettings withBasic(boolean enabled) {
        return new WindowsAuthSettings(netbiosDomain, netbiosComputer, dnsDomain, dnsComputer, passwords, anyDomain, enabled);
    }

    /** The configured spelling of an account name, matched case-insensitively. */
    Optional<String> account(String user) {
        return passwords.keySet().stream().filter(name -> name.equalsIgnoreCase(user)).findFirst();
    }

    String password(String account) {
        return passwords.get(account);
    }

    boolean acceptsDomain(String domain) {
        return anyDomain || domain.isEmpty() || domain.equalsIgnoreCase(netbiosDomain)
                || domain.equalsIgnoreCase(dnsDomain) || domain.equalsIgnoreCase(netbiosComputer);
    }

    /** The name IIS reports for an authenticated account, as in the cs-username log field. */
    String qualified(String account) {
        return netbiosDomain + "\\" + account;
    }
}
