package dev.mockndes.store;

import dev.mockndes.common.SystemWords;
import dev.mockndes.pki.Credential;
import dev.mockndes.pki.NextCa;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.RaCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The CA rollover material kept under {@code DIR/next-ca/}: the next CA and the RA pair it issued,
 * PEM files created 0600 like {@code DIR/pki/}. Made on the first start that asks for a next CA,
 * loaded on every later one, so GetNextCACert hands out the same next CA across restarts.
 */
public final class NextCaFolder {
    static final String FOLDER = "next-ca";
    private static final String PARTIAL = "next-ca.partial";

    private NextCaFolder() {
    }

    /** @throws StorageException for a damaged or mismatched file */
    public static NextCa open(Path dataDir, Pki current, PkiSettings settings, Clock clock) {
        Path folder = dataDir.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            return load(folder);
        }
        NextCa next = NextCa.generate(current, settings, clock);
        save(next, dataDir);
        return next;
    }

    private static NextCa load(Path folder) {
        Path caFile = folder.resolve("ca.crt");
        X509CertificateHolder caCertificate = PemFiles.certificates(caFile).get(0);
        CaChecks.isCa(caCertificate, caFile);
        Credential ca = PkiFolder.credential(folder, "ca", caCertificate);
        return new NextCa(ca, new RaCredentials(ra(folder, "ra-signing", caCertificate), ra(folder, "ra-encryption", caCertificate)));
    }

    private static Credential ra(Path folder, String name, X509CertificateHolder ca) {
        Path file = folder.resolve(name + ".crt");
        X509CertificateHolder certificate = PemFiles.certificates(file).get(0);
        CaChecks.issuedBy(certificate, ca, file);
        return PkiFolder.credential(folder, name, certificate);
    }

    private static void save(NextCa next, Path dataDir) {
        Path partial = dataDir.resolve(PARTIAL);
        try {
            if (Files.exists(partial)) {
                PkiFolder.deleteTree(partial);
            }
            PrivateFiles.createFolder(partial);
            PkiFolder.write(partial, "ca", next.ca());
            PkiFolder.write(partial, "ra-signing", next.ra().signing());
            PkiFolder.write(partial, "ra-encryption", next.ra().encryption());
            PrivateFiles.syncFolder(partial);
            Files.move(partial, dataDir.resolve(FOLDER), StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.syncFolder(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(dataDir + ": cannot write the next CA: " + SystemWords.of(e), e);
        }
    }
}
