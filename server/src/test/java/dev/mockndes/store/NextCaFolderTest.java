package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.pki.NextCa;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextCaFolderTest {
    private static final PkiSettings SETTINGS = PkiSettings.defaults();

    @Test
    void theNextCaMadeOnTheFirstStartIsTheOneLoadedOnTheNext(@TempDir Path dataDir) throws Exception {
        Pki current = Pki.ephemeral(SETTINGS, Clock.systemUTC());
        NextCa first = NextCaFolder.open(dataDir, current, SETTINGS, Clock.systemUTC());

        NextCa again = NextCaFolder.open(dataDir, current, SETTINGS, Clock.systemUTC());

        assertThat(again.certificates()).isEqualTo(first.certificates());
        assertThat(again.ca().privateKey().getEncoded()).isEqualTo(first.ca().privateKey().getEncoded());
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("next-ca").resolve("ca.key")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aKeyThatDoesNotMatchItsCertificateStopsTheStartWithTheFileNamed(@TempDir Path dataDir) throws Exception {
        Pki current = Pki.ephemeral(SETTINGS, Clock.systemUTC());
        NextCaFolder.open(dataDir, current, SETTINGS, Clock.systemUTC());
        Path folder = dataDir.resolve("next-ca");
        Files.delete(folder.resolve("ca.key"));
        Files.copy(folder.resolve("ra-signing.key"), folder.resolve("ca.key"));

        assertThatThrownBy(() -> NextCaFolder.open(dataDir, current, SETTINGS, Clock.systemUTC()))
                .isInstanceOf(StorageException.class).hasMessageContaining("ca.key");
    }
}
