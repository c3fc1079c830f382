package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.pki.PkiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataStoresTest {
    static final PkiSettings SMALL_KEYS = small(PkiSettings.defaults());

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void theFirstStartWritesThePkiOwnerOnlyAndLaterStartsLoadTheSameOne() throws Exception {
        PkiSettings twoTier = small(PkiSettings.defaults().withRoot("CN=Test Root"));
        byte[] ca;
        byte[] root;
        byte[] raSigning;
        try (DataStores stores = open(twoTier)) {
            ca = stores.pki().ca().certificate().getEncoded();
            root = stores.pki().root().orElseThrow().getEncoded();
            raSigning = stores.pki().ra().signing().holder().getEncoded();
        }
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
        assertThat(dir.resolve("pki")).isDirectoryContaining("glob:**/ca.key").isDirectoryContaining("glob:**/root.crt")
                .isDirectoryContaining("glob:**/ra-encryption.key");
        try (DataStores stores = open(twoTier)) {
            assertThat(stores.pki().ca().certificate().getEncoded()).isEqualTo(ca);
            assertThat(stores.pki().root().orElseThrow().getEncoded()).isEqualTo(root);
            assertThat(stores.pki().ra().signing().holder().getEncoded()).isEqualTo(raSigning);
            assertThat(stores.certificates()).isInstanceOf(JournalCertificateStore.class);
            assertThat(stores.pending()).isInstanceOf(JournalPendingStore.class);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void withoutADataFolderEverythingIsInMemory() {
        try (DataStores stores = DataStores.open(StorageSettings.inMemory(), SMALL_KEYS, Clock.systemUTC(), warnings::add)) {
            assertThat(stores.certificates()).isInstanceOf(MemoryCertificateStore.class);
            assertThat(stores.pending()).isInstanceOf(MemoryPendingStore.class);
        }
    }

    @Test
    void aDamagedKeyFileIsRefusedNamingItRatherThanReplaced() throws Exception {
        open(SMALL_KEYS).close();
        Path key = dir.resolve("pki").resolve("ca.key");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> open(SMALL_KEYS)).isInstanceOf(StorageException.class).hasMessageStartingWith(key + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readString(key)).contains("AAAA");
    }

    @Test
    void aKeyThatDoesNotBelongToItsCertificateIsRefused() throws Exception {
        open(SMALL_KEYS).close();
        Path pki = dir.resolve("pki");
        Files.copy(pki.resolve("ra-signing.key"), pki.resolve("ra-encryption.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> open(SMALL_KEYS)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith(pki.resolve("ra-encryption.key") + ": the private key does not belong to the certificate");
    }

    @Test
    void anRaCertificateFromAnotherCaIsRefused() throws Exception {
        open(SMALL_KEYS).close();
        Path other = Files.createTempDirectory(dir.getParent(), "other");
        DataStores.open(StorageSettings.in(other), SMALL_KEYS, Clock.systemUTC(), warnings::add).close();
        for (String file : List.of("ra-signing.crt", "ra-signing.key")) {
            Files.copy(other.resolve("pki").resolve(file), dir.resolve("pki").resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThatThrownBy(() -> open(SMALL_KEYS)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith(dir.resolve("pki").resolve("ra-signing.crt") + ": the certificate")
                .hasMessageContaining("was not signed by");
    }

    @Test
    void aSecondServerCannotUseTheSameFolder() {
        try (DataStores first = open(SMALL_KEYS)) {
            assertThatThrownBy(() -> open(SMALL_KEYS)).isInstanceOf(StorageException.class)
                    .hasMessage(dir + ": in use by another mock-ndes (pid " + ProcessHandle.current().pid()
                            + "); give each server its own --data-dir");
        }
        open(SMALL_KEYS).close();
    }

    @Test
    void aFirstStartInterruptedWhileWritingThePkiIsStartedOver() throws Exception {
        Files.createDirectories(dir.resolve("pki.partial"));
        Files.writeString(dir.resolve("pki.partial").resolve("ca.crt"), "half");
        try (DataStores stores = open(SMALL_KEYS)) {
            assertThat(stores.pki().ca().certificate()).isNotNull();
        }
        assertThat(dir.resolve("pki.partial")).doesNotExist();
        assertThat(warnings).singleElement().asString().startsWith(dir.resolve("pki.partial") + ": removing");
    }

    private DataStores open(PkiSettings settings) {
        return DataStores.open(StorageSettings.in(dir), settings, Clock.systemUTC(), warnings::add);
    }

    static PkiSettings small(PkiSettings settings) {
        return new PkiSettings(settings.caSubject(), settings.raSubject(), 1024, settings.issuedValidity(), settings.rootSubject(),
                settings.certificateTemplate());
    }

}
