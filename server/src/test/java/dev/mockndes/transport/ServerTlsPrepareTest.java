package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.fault.TlsDefect;
import dev.mockndes.scenario.ScenarioLibrary;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A {@code tls-handshake} scenario's certificates are made before it takes force, by the thread that
 * switches it, and kept: never by the event loop of a connection that opens after the switch.
 */
class ServerTlsPrepareTest {
    @Test
    void aDefectsContextIsBuiltOnTheCallersThreadOnceAndKept() throws Exception {
        SelfSignedCertificate self = new SelfSignedCertificate("localhost");
        try {
            SslContext sound = SslContextBuilder.forServer(self.key(), self.cert()).build();
            SslContext expired = SslContextBuilder.forServer(self.key(), self.cert()).build();
            List<String> builtOn = new CopyOnWriteArrayList<>();
            ServerTls tls = new ServerTls(sound, List.of(self.cert())).withDefects(defect -> {
                builtOn.add(Thread.currentThread().getName());
                return new ServerTls(expired, List.of(self.cert()));
            });

            tls.prepare(Optional.empty());
            assertThat(builtOn).as("no defect, nothing to build").isEmpty();

            tls.prepare(Optional.of(TlsDefect.EXPIRED_CERTIFICATE));
            assertThat(builtOn).containsExactly(Thread.currentThread().getName());
            assertThat(tls.contextFor(Optional.of(TlsDefect.EXPIRED_CERTIFICATE))).isSameAs(expired);
            assertThat(tls.contextFor(Optional.empty())).isSameAs(sound);
            assertThat(builtOn).as("kept, not built again for the connection").hasSize(1);
        } finally {
            self.delete();
        }
    }

    @Test
    void switchingTheLiveServerPreparesTheDefectBeforeTheScenarioTakesForce() {
        List<Optional<TlsDefect>> prepared = new CopyOnWriteArrayList<>();
        var scenario = new dev.mockndes.scenario.ActiveScenario(ScenarioLibrary.builtIn().get("healthy"));
        scenario.prepareWith(defect -> {
            prepared.add(defect);
            assertThat(scenario.tlsDefect()).as("still the old scenario while preparing").isEmpty();
        });

        scenario.use(ScenarioLibrary.builtIn().get("tls-expired-certificate"));

        assertThat(prepared).containsExactly(Optional.of(TlsDefect.EXPIRED_CERTIFICATE));
        assertThat(scenario.tlsDefect()).contains(TlsDefect.EXPIRED_CERTIFICATE);
    }
}
