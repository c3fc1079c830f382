package dev.mockndes.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/** PEM certificates and private keys: written as PKCS#8, read in any form OpenSSL writes. */
final class PemFiles {
    private static final JcaPEMKeyConverter KEYS = new JcaPEMKeyConverter();

    private PemFiles() {
    }

    static byte[] encode(X509CertificateHolder certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] encode(List<X509CertificateHolder> certificates) {
        StringBuilder pem = new StringBuilder();
        certificates.forEach(c -> pem.append(new String(encode(c), StandardCharsets.US_ASCII)));
        return pem.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] encode(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    private static byte[] block(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Every certificate in the file, in order; at least one. */
    static List<X509CertificateHolder> certificates(Path file) {
        List<X509CertificateHolder> found = new ArrayList<>();
        for (Object object : objects(file)) {
            if (object instanceof X509CertificateHolder certificate) {
                found.add(certificate);
            }
        }
        if (found.isEmpty()) {
            throw new StorageException(file, "no PEM certificate (-----BEGIN CERTIFICATE-----) in it");
        }
        return found;
    }

    /** The one private key in the file. */
    static PrivateKey privateKey(Path file) {
        for (Object object : objects(file)) {
            try {
                if (object instanceof PEMKeyPair pair) {
                    return KEYS.getKeyPair(pair).getPrivate();
                }
                if (object instanceof PrivateKeyInfo info) {
                    return KEYS.getPrivateKey(info);
                }
            } catch (IOException e) {
                throw new StorageException(file, "unusable private key: " + e.getMessage(), e);
            }
            if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw new StorageException(file, "the private key is encrypted; decrypt it first (openssl pkey -in KEY -out PLAIN)");
            }
        }
        throw new StorageException(file, "no PEM private key (-----BEGIN PRIVATE KEY----- or RSA/EC PRIVATE KEY) in it");
    }

    private static List<Object> objects(Path file) {
        List<Object> objects = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(reader)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StorageException(file, "no such file");
        } catch (IOException | RuntimeException e) {
            throw new StorageException(file, "not a readable PEM file: " + e.getMessage(), e);
        }
        return objects;
    }
}
