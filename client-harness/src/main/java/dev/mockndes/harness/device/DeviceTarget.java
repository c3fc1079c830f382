package dev.mockndes.harness.device;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a device profile is given, as an MDM profile would give it.
 *
 * @param scepUrl   the SCEP URL, e.g. http://127.0.0.1:8080/certsrv/mscep/mscep.dll (Windows appends /pkiclient.exe itself)
 * @param challenge the challenge password put in the CSR, if any
 * @param caSha256  the SHA-256 thumbprint (hex, any case, colons and spaces ignored) of the trust
 *                  anchor the device must find in GetCACert; absent: any CA is accepted
 * @param timeout   how long the device waits for each answer
 * @param tlsTrust  what the device trusts for an https:// URL: the system's trust store unless told
 */
public record DeviceTarget(URI scepUrl, Optional<String> challenge, Optional<String> caSha256, Duration timeout, TlsTrust tlsTrust) {

    public DeviceTarget {
        Objects.requireNonNull(scepUrl, "scepUrl");
        challenge = challenge == null ? Optional.empty() : challenge;
        caSha256 = caSha256 == null ? Optional.empty() : caSha256.map(t -> t.replaceAll("[:\\s]", "").toUpperCase(java.util.Locale.ROOT));
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        tlsTrust = tlsTrust == null ? TlsTrust.system() : tlsTrust;
    }

    /** Trusting the system's trust store for https. */
    public DeviceTarget(URI scepUrl, Optional<String> challenge, Optional<String> caSha256, Duration timeout) {
        this(scepUrl, challenge, caSha256, timeout, TlsTrust.system());
    }

    /** No challenge, no thumbprint, a 30 s timeout. */
    public static DeviceTarget of(String scepUrl) {
        return new DeviceTarget(URI.create(scepUrl), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
    }

    public DeviceTarget withChallenge(String value) {
        return new DeviceTarget(scepUrl, Optional.ofNullable(value), caSha256, timeout, tlsTrust);
    }

    public DeviceTarget withCaSha256(String value) {
        return new DeviceTarget(scepUrl, challenge, Optional.ofNullable(value), timeout, tlsTrust);
    }

    public DeviceTarget withTimeout(Duration value) {
        return new DeviceTarget(scepUrl, challenge, caSha256, value, tlsTrust);
    }

    public DeviceTarget withTlsTrust(TlsTrust value) {
        return new DeviceTarget(scepUrl, challenge, caSha256, timeout, value);
    }
}
