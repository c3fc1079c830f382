package dev.mockndes.store;

import java.nio.file.Path;
import java.util.Objects;

/** An existing CA to run instead of a generated one, so devices that already trust it keep working. */
public sealed interface CaImport {

    /**
     * PEM files: the CA certificate (optionally followed by the root that issued it) and its private
     * key (PKCS#8, or PKCS#1 / SEC 1 as OpenSSL writes them; not encrypted).
     */
    record Pem(Path certificate, Path key) implements CaImport {
        public Pem {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(key, "key");
        }
    }

    /** A PKCS#12 file holding the CA key and its certificate chain. */
    record Pkcs12(Path file, String password) implements CaImport {
        public Pkcs12 {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Pkcs12[file=" + file + ", password=***]";
        }
    }
}
