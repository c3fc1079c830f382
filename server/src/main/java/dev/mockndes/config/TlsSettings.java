package dev.mockndes.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the SCEP site is served over HTTPS, and with which server certificate. The admin API
 * stays plain HTTP.
 *
 * @param enabled          HTTPS instead of HTTP on the SCEP port
 * @param hosts            with no PKCS#12: the names the mock CA's server certificate is issued for;
 *                         IPv4/IPv6 literals become IP subjectAltNames, anything else DNS names
 * @param pkcs12           a PKCS#12 file with the server key and certificate chain to use instead
 * @param pkcs12Password   the password of that file (empty for none)
 */
public record TlsSettings(boolean enabled, List<String> hosts, Optional<Path> pkcs12, String pkcs12Password) {
    /** What {@code --tls} alone issues the certificate for. */
    public static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1");

    public TlsSettings {
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(pkcs12, "pkcs12");
        Objects.requireNonNull(pkcs12Password, "pkcs12Password");
        if (enabled && pkcs12.isEmpty() && hosts.isEmpty()) {
            throw new IllegalArgumentException("TLS needs host names for its certificate or a PKCS#12 file");
        }
        if (hosts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a TLS host name cannot be blank");
        }
    }

    /** Plain HTTP, as most NDES servers behind an Intune connector are reached internally. */
    public static TlsSettings none() {
        return new TlsSettings(false, List.of(), Optional.empty(), "");
    }

    /** HTTPS with a certificate from the mock CA for localhost and 127.0.0.1. */
    public static TlsSettings localhost() {
        return issued(LOCAL_HOSTS);
    }

    /** HTTPS with a certificate from the mock CA for these names; the first is also its common name. */
    public static TlsSettings issued(List<String> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("TLS needs at least one host name");
        }
        return new TlsSettings(true, hosts, Optional.empty(), "");
    }

    /** HTTPS with the key and certificate chain of a PKCS#12 file. */
    public static TlsSettings pkcs12(Path file, String password) {
        return new TlsSettings(true, List.of(), Optional.of(file), password);
    }
}
