package dev.mockndes.store;

import dev.mockndes.pki.Credential;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * An existing CA read from PEM or PKCS#12 and checked: the key belongs to the first certificate,
 * which is a CA; a second certificate, if any, is the root that issued it.
 *
 * @param ca   the issuing CA and its key
 * @param root the root above it, in a two-tier PKI
 */
public record ImportedCa(Credential ca, Optional<X509CertificateHolder> root) {

    /** @throws StorageException naming the file and what is wrong with it */
    public static ImportedCa load(CaImport source) {
        if (source instanceof CaImport.Pem pem) {
            return checked(PemFiles.certificates(pem.certificate()), PemFiles.privateKey(pem.key()), pem.certificate(), pem.key());
        }
        CaImport.Pkcs12 p12 = (CaImport.Pkcs12) source;
        return pkcs12(p12.file(), p12.password());
    }

    private static ImportedCa pkcs12(Path file, String password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StorageException(file, "no such file");
        } catch (IOException | GeneralSecurityException e) {
            throw new StorageException(file, "cannot open as PKCS#12 (wrong password, or not a PKCS#12 file): " + e.getMessage(), e);
        }
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.size() != 1) {
                throw new StorageException(file, "holds " + keys.size() + " private keys; it must hold exactly the CA's");
            }
            Key key = store.getKey(keys.get(0), password.toCharArray());
            Certificate[] chain = store.getCertificateChain(keys.get(0));
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                throw new StorageException(file, "the key entry '" + keys.get(0) + "' has no private key with a certificate chain");
            }
            List<X509CertificateHolder> holders = new ArrayList<>();
            for (Certificate certificate : chain) {
                holders.add(new X509CertificateHolder(certificate.getEncoded()));
            }
            return checked(holders, privateKey, file, file);
        } catch (IOException | GeneralSecurityException e) {
            throw new StorageException(file, "unreadable PKCS#12 entry: " + e.getMessage(), e);
        }
    }

    private static ImportedCa checked(List<X509CertificateHolder> chain, PrivateKey key, Path where, Path keyFile) {
        X509CertificateHolder ca = chain.get(0);
        CaChecks.keyMatches(key, ca, keyFile);
        CaChecks.isCa(ca, where);
        if (chain.size() > 2) {
            throw new StorageException(where, "holds a chain of " + chain.size()
                    + " certificates; only the CA and the root that issued it are supported");
        }
        Optional<X509CertificateHolder> root = chain.size() == 2 ? Optional.of(chain.get(1)) : Optional.empty();
        root.ifPresent(r -> {
            CaChecks.isCa(r, where);
            CaChecks.issuedBy(ca, r, where);
        });
        return new ImportedCa(Credential.of(ca, key), root);
    }
}
