package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.store.StorageSettings;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.store.DataStores;
import dev.mockndes.support.ServerProcess;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a load: every certificate a client received is still in the
 * journal, byte for byte, and the killed server's data folder starts again as the same CA.
 */
class CrashSafetyTest {
    private static final int CLIENTS = 8;
    private static final int KILL_AFTER = 16;

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidLoadKeepsEveryCertificateAClientReceived() throws Exception {
        Path data = dir.resolve("data");
        ServerProcess server = ServerProcess.serve("--data-dir", data.toString(), "--challenge", "s3cret");
        String sha256 = server.caSha256();
        try (EnrolmentLoad load = new EnrolmentLoad(server.scepUrl(), sha256, "s3cret", CLIENTS, KILL_AFTER, "crash")) {
            assertThat(load.awaitReceived()).as("%d certificates received before the kill", KILL_AFTER).isTrue();
            server.kill();
            load.awaitEnd();
            server.close();
            assertThat(load.received()).as("certificates received (%d requests were cut off by the kill)", load.cutOff())
                    .hasSizeGreaterThanOrEqualTo(KILL_AFTER);

            try (ServerProcess restarted = ServerProcess.serve("--data-dir", data.toString())) {
                assertThat(restarted.caSha256()).isEqualTo(sha256);
            }
            try (DataStores stores = DataStores.open(StorageSettings.in(data), PkiSettings.defaults(), Clock.systemUTC(), w -> { })) {
                load.assertAllKeptIn(stores.certificates());
            }
        }
    }
}
