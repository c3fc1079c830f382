package dev.mockndes.admin;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The device runner a server gets: the client harness's profiles when the harness (and jscep) are
 * on the class path, as in {@code server/target/mock-ndes.jar}; otherwise none. The harness is an
 * optional dependency, so a project that embeds the server (the JUnit extension) does not receive
 * jscep or an SLF4J binding; its dashboard then lists no devices.
 */
public final class DeviceRunners {
    static final String HARNESS_CLASS = "dev.mockndes.harness.device.Devices";
    static final String JSCEP_CLASS = "org.jscep.client.Client";

    private DeviceRunners() {
    }

    /**
     * @param tlsChain the chain the SCEP site presents over {@code --tls} (its last certificate is what the
     *                 devices trust), or empty for plain HTTP
     */
    public static DeviceRunner forServer(String scepUrl, String caSha256, Duration answerTimeout, List<X509Certificate> tlsChain) {
        return harnessPresent() ? new ProfileDeviceRunner(scepUrl, caSha256, answerTimeout, tlsChain) : NONE;
    }

    static boolean harnessPresent() {
        ClassLoader loader = DeviceRunners.class.getClassLoader();
        try {
            Class.forName(HARNESS_CLASS, false, loader);
            Class.forName(JSCEP_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** No profiles; a run names what is missing and where the devices come with. */
    static final DeviceRunner NONE = new DeviceRunner() {
        @Override
        public List<String> profiles() {
            return List.of();
        }

        @Override
        public DeviceRunResult run(String profile, Optional<String> challenge) {
            throw new IllegalArgumentException("no device profiles here: they need the client harness"
                    + " (mock-ndes-client-harness and jscep) on the class path; run server/target/mock-ndes.jar,"
                    + " which carries them");
        }
    };
}
