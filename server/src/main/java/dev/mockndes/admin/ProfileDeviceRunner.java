package dev.mockndes.admin;

import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.harness.device.TlsTrust;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Runs the client harness's device profiles (android, ios, macos, windows, rfc8894) against the
 * server's own SCEP URL, each with a fresh key, as {@code scep-harness enrol} would. Outcomes are in
 * the scenario files' words because the harness speaks them too.
 *
 * <p>Each answer is awaited for at most {@code answerTimeout}, so a device facing a {@code hang}
 * fault reports "timeout" instead of holding its slot. Devices are given the trust anchor's SHA-256
 * thumbprint, as an MDM profile gives it; the windows profile checks it.
 *
 * <p>Over {@code --tls} the devices trust the top of the chain the SCEP site presents (the mock CA's
 * root for the certificate it issues itself; the last certificate of a {@code --tls-p12} chain), as a
 * device whose MDM installed that CA would; the JVM's trust store is not consulted.
 */
public final class ProfileDeviceRunner implements DeviceRunner {
    private final URI scepUrl;
    private final String caSha256;
    private final Duration answerTimeout;
    private final TlsTrust tlsTrust;

    /** For a server over plain HTTP (or devices that trust the JVM's trust store). */
    public ProfileDeviceRunner(String scepUrl, String caSha256, Duration answerTimeout) {
        this(scepUrl, caSha256, answerTimeout, List.of());
    }

    /** @param tlsChain the chain the SCEP site presents over TLS, server certificate first; empty for HTTP */
    public ProfileDeviceRunner(String scepUrl, String caSha256, Duration answerTimeout, List<X509Certificate> tlsChain) {
        this.scepUrl = URI.create(scepUrl);
        this.caSha256 = caSha256;
        this.answerTimeout = answerTimeout;
        this.tlsTrust = tlsChain.isEmpty() ? TlsTrust.system() : TlsTrust.anchors(List.of(tlsChain.get(tlsChain.size() - 1)));
    }

    @Override
    public List<String> profiles() {
        return Devices.profiles();
    }

    @Override
    public DeviceRunResult run(String profile, Optional<String> challenge) {
        DeviceTarget target = new DeviceTarget(scepUrl, challenge, Optional.of(caSha256), answerTimeout, tlsTrust);
        DeviceRun run;
        try {
            run = Devices.run(profile, target);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("unknown device profile '" + profile + "'; known: " + String.join(", ", profiles()));
        }
        List<String> log = new ArrayList<>(run.log());
        String outcome = run.outcome().wire();
        log.add("outcome: " + outcome + (run.outcome().detail().isBlank() ? "" : " (" + run.outcome().detail() + ")"));
        return new DeviceRunResult(profile, outcome, log);
    }
}
