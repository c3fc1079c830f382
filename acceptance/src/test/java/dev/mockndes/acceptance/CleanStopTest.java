package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.pki.PkiSettings;
import dev.mockndes.store.DataStores;
import dev.mockndes.store.StorageSettings;
import dev.mockndes.support.ServerProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM in the middle of a load, the counterpart of {@link CrashSafetyTest}: the server stops by
 * itself within its 2 s budget, every certificate a client received is in the data folder byte for
 * byte, and the folder opens again without a single repair.
 */
class CleanStopTest {
    private static final int CLIENTS = 8;
    private static final int STOP_AFTER = 16;
    private static final Pattern STOPPED = Pattern.compile("mock-ndes: stopped in (\\d+) ms");

    @TempDir
    Path dir;

    @Test
    void sigtermMidLoadStopsWithinTwoSecondsAndKeepsTheDataFolderConsistent() throws Exception {
        Path data = dir.resolve("data");
        ServerProcess server = ServerProcess.serve("--data-dir", data.toString(), "--challenge", "s3cret");
        String sha256 = server.caSha256();
        List<String> output;
        try (EnrolmentLoad load = new EnrolmentLoad(server.scepUrl(), sha256, "s3cret", CLIENTS, STOP_AFTER, "stop")) {
            assertThat(load.awaitReceived()).as("%d certificates received before SIGTERM", STOP_AFTER).isTrue();
            output = server.terminate();
            load.awaitEnd();

            Matcher stopped = output.stream().map(STOPPED::matcher).filter(Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError("no 'stopped in' line in " + output));
            assertThat(Long.parseLong(stopped.group(1))).as("milliseconds from SIGTERM to a closed data folder").isLessThan(2000);
            List<String> repairs = new ArrayList<>();
            try (DataStores stores = DataStores.open(StorageSettings.in(data), PkiSettings.defaults(), Clock.systemUTC(),
                    repairs::add)) {
                load.assertAllKeptIn(stores.certificates());
            }
            assertThat(repairs).as("repairs needed after a clean stop").isEmpty();
        }
        try (ServerProcess restarted = ServerProcess.serve("--data-dir", data.toString())) {
            assertThat(restarted.caSha256()).isEqualTo(sha256);
        }
    }
}
