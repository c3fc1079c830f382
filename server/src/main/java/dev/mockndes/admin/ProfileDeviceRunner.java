package dev.mockndes.admin;

import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import java.net.URI;
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
 * <p>Limit: over {@code --tls} the devices use the JVM's default trust store, which does not hold
 * the mock CA, so runs from the dashboard end in a connection error there.
 */
public final class ProfileDeviceRunner implements DeviceRunner {
    private final URI scepUrl;
    private final String caSha256;
    private final Duration answerTimeout;

    public ProfileDeviceRunner(String scepUrl, String caSha256, Duration answerTimeout) {
        this.scepUrl = URI.create(scepUrl);
        this.caSha256 = caSha256;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public List<String> profiles() {
        return Devices.profiles();
    }

    @Override
    public DeviceRunResult run(String profile, Optional<String> challenge) {
        DeviceTarget target = new DeviceTarget(scepUrl, challenge, Optional.of(caSha256), answerTimeout);
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
