package dev.mockndes.store;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/** The ephemeral store: everything in memory, gone on exit. The embedded default. */
public final class MemoryCertificateStore implements CertificateStore {
    private final Map<BigInteger, X509CertificateHolder> issued = new LinkedHashMap<>();
    private final Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();

    @Override
    public synchronized void add(X509CertificateHolder certificate) {
        if (issued.putIfAbsent(certificate.getSerialNumber(), certificate) != null) {
            throw new IllegalStateException("serial " + certificate.getSerialNumber().toString(16) + " was issued twice");
        }
    }

    @Override
    public synchronized Optional<X509CertificateHolder> find(BigInteger serial) {
        return Optional.ofNullable(issued.get(serial));
    }

    @Override
    public synchronized long count() {
        return issued.size();
    }

    @Override
    public synchronized List<X509CertificateHolder> recent(int limit) {
        List<X509CertificateHolder> all = new ArrayList<>(issued.values());
        Collections.reverse(all);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
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
