package dev.mockndes;

import dev.mockndes.config.ServerConfig;
import dev.mockndes.enroll.ChallengePolicy;
import dev.mockndes.enroll.EnrolmentChain;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.scep.NdesScepService;
import dev.mockndes.transport.ScepListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running mock NDES: the PKI, the enrolment chain, the SCEP service and its listener, assembled
 * from one {@link ServerConfig}. This is the in-process entry point tests and the CLI share.
 *
 * <p>All crypto runs on the JDK's own providers (SunRsaSign, SunJCE: RSA, DES, 3DES, AES, every
 * SHA); Bouncy Castle is used as an ASN.1/CMS library only and is never registered as a provider,
 * which keeps start-up fast.
 */
public final class MockNdes implements AutoCloseable {
    private final Pki pki;
    private final ScepListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MockNdes(Pki pki, ScepListener listener) {
        this.pki = pki;
        this.listener = listener;
    }

    public static MockNdes start(ServerConfig config) throws InterruptedException {
        Pki pki = Pki.ephemeral(config.pki(), Clock.systemUTC());
        var challenge = config.challenge().map(ChallengePolicy::fixed).orElseGet(ChallengePolicy::none);
        var service = new NdesScepService(pki, config.capabilities(), EnrolmentChain.of(challenge, pki.ca()));
        var listener = ScepListener.bind(config.bind(), config.port(),
                Set.of(ServerConfig.SCEP_PATH, ServerConfig.SCEP_PATH + "/pkiclient.exe"), service, config.workers());
        return new MockNdes(pki, listener);
    }

    public Pki pki() {
        return pki;
    }

    public int port() {
        return listener.address().getPort();
    }

    /** The URL devices are given. A wildcard bind address is shown as loopback, which always reaches it. */
    public String scepUrl() {
        InetSocketAddress address = listener.address();
        InetAddress host = address.getAddress();
        String shown = host.isAnyLocalAddress() ? "127.0.0.1" : host.getHostAddress();
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        return "http://" + shown + ":" + address.getPort() + ServerConfig.SCEP_PATH;
    }

    public Thumbprints caThumbprints() {
        return Thumbprints.of(Certificates.encoded(pki.ca().certificate()));
    }

    /** Stops listening and releases the threads. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            listener.close();
        }
    }
}
