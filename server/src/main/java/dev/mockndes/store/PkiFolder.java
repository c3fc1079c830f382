package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import dev.mockndes.pki.Credential;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiAssembler;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.RaCredentials;
import dev.mockndes.pki.Thumbprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The CA, root and RA credentials as PEM files (mode 0600) in {@code DIR/pki}:
 * <pre>
 *   ca.crt  ca.key                       the issuing CA
 *   root.crt                             the root above it (two-tier PKI, or an imported chain)
 *   ra-signing.crt  ra-signing.key       signs CertReps
 *   ra-encryption.crt  ra-encryption.key what devices encrypt requests to
 * </pre>
 * The first start writes them into {@code pki.partial} and renames that folder to {@code pki}, so a
 * start interrupted half-way leaves no half-written PKI behind. Later starts load and check them
 * (each key matches its certificate, the CA is a CA, the RA and CA certificates were issued as the
 * files say) and refuse a damaged folder rather than replace it: a new CA would break every device
 * that trusts the old one.
 */
public final class PkiFolder {
    static final String FOLDER = "pki";
    private static final String PARTIAL = "pki.partial";

    private PkiFolder() {
    }

    /**
     * Loads the PKI kept in {@code dataDir}, or makes it on the first start: from {@code imported}
     * when given, else generated as {@code settings} says.
     *
     * @throws StorageException for a damaged file, or an import that differs from the CA already kept
     */
    public static Pki open(Path dataDir, PkiSettings settings, Clock clock, Optional<ImportedCa> imported, Consumer<String> warnings) {
        Path folder = dataDir.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            Pki pki = load(folder, settings, clock);
            imported.ifPresent(ca -> {
                if (!ca.ca().holder().equals(pki.ca().certificate())) {
                    throw new StorageException(folder.resolve("ca.crt"), "already holds a different CA (sha1 "
                            + Thumbprints.of(dev.mockndes.pki.Certificates.encoded(pki.ca().certificate())).sha1()
                            + "); drop the --import-ca options or use an empty --data-dir");
                }
            });
            return pki;
        }
        Pki pki = imported.map(ca -> PkiAssembler.withNewRa(ca.ca(), ca.root(), settings, clock))
                .orElseGet(() -> Pki.ephemeral(settings, clock));
        save(pki, dataDir, warnings);
        return pki;
    }

    static Pki load(Path folder, PkiSettings settings, Clock clock) {
        Path caFile = folder.resolve("ca.crt");
        X509CertificateHolder caCertificate = PemFiles.certificates(caFile).get(0);
        CaChecks.isCa(caCertificate, caFile);
        Credential ca = credential(folder, "ca", caCertificate);
        Optional<X509CertificateHolder> root = Optional.empty();
        Path rootFile = folder.resolve("root.crt");
        if (Files.exists(rootFile)) {
            X509CertificateHolder rootCertificate = PemFiles.certificates(rootFile).get(0);
            CaChecks.issuedBy(caCertificate, rootCertificate, caFile);
            root = Optional.of(rootCertificate);
        }
        RaCredentials ra = new RaCredentials(raCredential(folder, "ra-signing", caCertificate),
                raCredential(folder, "ra-encryption", caCertificate));
        return PkiAssembler.of(ca, ra, root, settings, clock);
    }

    private static Credential raCredential(Path folder, String name, X509CertificateHolder ca) {
        Path file = folder.resolve(name + ".crt");
        X509CertificateHolder certificate = PemFiles.certificates(file).get(0);
        CaChecks.issuedBy(certificate, ca, file);
        return credential(folder, name, certificate);
    }

    static Credential credential(Path folder, String name, X509CertificateHolder certificate) {
        Path keyFile = folder.resolve(name + ".key");
        PrivateKey key = PemFiles.privateKey(keyFile);
        CaChecks.keyMatches(key, certificate, keyFile);
        return Credential.of(certificate, key);
    }

    private static void save(Pki pki, Path dataDir, Consumer<String> warnings) {
        Path partial = dataDir.resolve(PARTIAL);
        try {
            if (Files.exists(partial)) {
                warnings.accept(partial + ": removing what an interrupted first start left behind");
                deleteTree(partial);
            }
            PrivateFiles.createFolder(partial);
            PrivateFiles.writeNew(partial.resolve("ca.crt"), PemFiles.encode(pki.ca().certificate()));
            PrivateFiles.writeNew(partial.resolve("ca.key"), PemFiles.encode(pki.ca().credential().privateKey()));
            if (pki.root().isPresent()) {
                PrivateFiles.writeNew(partial.resolve("root.crt"), PemFiles.encode(pki.root().get()));
            }
            write(partial, "ra-signing", pki.ra().signing());
            write(partial, "ra-encryption", pki.ra().encryption());
            PrivateFiles.syncFolder(partial);
            Files.move(partial, dataDir.resolve(FOLDER), StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.syncFolder(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(dataDir + ": cannot write the PKI: " + SystemWords.of(e), e);
        }
    }

    static void write(Path folder, String name, Credential credential) throws IOException {
        PrivateFiles.writeNew(folder.resolve(name + ".crt"), PemFiles.encode(credential.holder()));
        PrivateFiles.writeNew(folder.resolve(name + ".key"), PemFiles.encode(credential.privateKey()));
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
