package dev.mockndes.store;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The durable certificate store: issued certificates in one {@link RecordLog}, revocations in
 * another, both forced to disk before {@code add} or {@code revoke} returns.
 * <pre>
 *   certificates.journal   one record per certificate ({@link CertificateRecords})
 *   certificates.index     (serial hash, offset) per certificate: what a restart reads ({@link IndexFile})
 *   revocations.journal    one record per revocation
 * </pre>
 * Only offsets are held in memory ({@link SerialIndex}); {@code find} reads one record. Opening
 * reads the index file, checks its last entry against the journal and scans only the journal
 * records written after it, so start-up does not grow with the number of certificates issued.
 */
public final class JournalCertificateStore implements CertificateStore, AutoCloseable {
    static final String JOURNAL = "certificates.journal";
    static final String INDEX = "certificates.index";
    static final String REVOCATIONS = "revocations.journal";

    private final RecordLog journal;
    private final IndexFile indexFile;
    private final SerialIndex index;
    private final RecordLog revocationLog;
    private final Map<BigInteger, Revocation> revoked;

    private JournalCertificateStore(RecordLog journal, IndexFile indexFile, SerialIndex index, RecordLog revocationLog,
                                    Map<BigInteger, Revocation> revoked) {
        this.journal = journal;
        this.indexFile = indexFile;
        this.index = index;
        this.revocationLog = revocationLog;
        this.revoked = revoked;
    }

    /** Opens (or creates) the store in {@code folder}; torn tails are dropped and reported to {@code warnings}. */
    public static JournalCertificateStore open(Path folder, SyncMode mode, Consumer<String> warnings) {
        RecordLog journal = RecordLog.open(folder.resolve(JOURNAL), "MNDCERT1", mode, warnings);
        IndexFile indexFile = null;
        RecordLog revocationLog = null;
        try {
            indexFile = IndexFile.open(folder.resolve(INDEX));
            IndexFile.Entries entries = indexFile.read();
            SerialIndex index = new SerialIndex(entries.size());
            long scanFrom = loadIndex(journal, indexFile, entries, index, warnings);
            IndexFile writer = indexFile;
            journal.recover(scanFrom, (offset, payload) -> {
                long hash = SerialIndex.hash(CertificateRecords.serialOf(payload));
                index.add(hash, offset);
                writer.append(hash, offset);
            });
            revocationLog = RecordLog.open(folder.resolve(REVOCATIONS), "MNDREVO1", mode, warnings);
            Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();
            revocationLog.recover(RecordLog.start(), (offset, payload) -> {
                Revocation revocation = CertificateRecords.revocation(payload);
                revoked.putIfAbsent(revocation.serial(), revocation);
            });
            return new JournalCertificateStore(journal, indexFile, index, revocationLog, revoked);
        } catch (RuntimeException e) {
            journal.close();
            if (indexFile != null) {
                indexFile.close();
            }
            if (revocationLog != null) {
                revocationLog.close();
            }
            throw e;
        }
    }

    /**
     * Fills {@code index} from the index file when it agrees with the journal and returns where the
     * journal scan starts; otherwise resets the index file and returns the journal's start.
     */
    private static long loadIndex(RecordLog journal, IndexFile indexFile, IndexFile.Entries entries, SerialIndex index,
                                  Consumer<String> warnings) {
        if (entries.size() == 0) {
            indexFile.reset();
            return RecordLog.start();
        }
        long previous = RecordLog.start() - 1;
        boolean consistent = entries.offsets()[0] == RecordLog.start();
        for (int i = 0; i < entries.size() && consistent; i++) {
            consistent = entries.offsets()[i] > previous && entries.offsets()[i] < journal.end();
            previous = entries.offsets()[i];
        }
        long resume = -1;
        if (consistent) {
            try {
                byte[] last = journal.read(previous);
                if (SerialIndex.hash(CertificateRecords.serialOf(ByteBuffer.wrap(last))) == entries.hashes()[entries.size() - 1]) {
                    resume = previous + RecordLog.frameLength(last.length);
                }
            } catch (StorageException e) {
                // the journal lost its tail since the index was written: rebuild below
            }
        }
        if (resume < 0) {
            warnings.accept(indexFile.path() + ": does not match " + journal.path() + "; rebuilding it from the journal");
            indexFile.reset();
            return RecordLog.start();
        }
        for (int i = 0; i < entries.size(); i++) {
            index.add(entries.hashes()[i], entries.offsets()[i]);
        }
        return resume;
    }

    @Override
    public void add(X509CertificateHolder certificate) {
        byte[] serial = certificate.getSerialNumber().toByteArray();
        long hash = SerialIndex.hash(serial);
        byte[] payload = CertificateRecords.certificate(certificate);
        synchronized (this) {
            if (locate(serial, index.candidates(hash)).isPresent()) {
                throw new IllegalStateException("serial " + certificate.getSerialNumber().toString(16) + " was issued twice");
            }
            long offset = journal.write(payload);
            try {
                indexFile.append(hash, offset);
            } catch (DiskWriteFailure e) {
                journal.rollBack(offset); // not acknowledged: the next certificate takes its place
                throw e;
            }
            index.add(hash, offset);
        }
        journal.sync();
    }

    @Override
    public Optional<X509CertificateHolder> find(BigInteger serial) {
        byte[] encoded = serial.toByteArray();
        long[] candidates;
        synchronized (this) {
            candidates = index.candidates(SerialIndex.hash(encoded));
        }
        return locate(encoded, candidates).map(CertificateRecords::certificate);
    }

    private Optional<byte[]> locate(byte[] serial, long[] candidates) {
        for (long offset : candidates) {
            byte[] record = journal.read(offset);
            if (Arrays.equals(CertificateRecords.serialOf(ByteBuffer.wrap(record)), serial)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized long count() {
        return index.count();
    }

    @Override
    public List<X509CertificateHolder> recent(int limit) {
        List<Long> offsets = new ArrayList<>();
        synchronized (this) {
            for (int position = index.count() - 1; position >= 0 && offsets.size() < limit; position--) {
                offsets.add(index.offsetAt(position));
            }
        }
        return offsets.stream().map(offset -> CertificateRecords.certificate(journal.read(offset))).toList();
    }

    @Override
    public boolean revoke(Revocation revocation) {
        if (find(revocation.serial()).isEmpty()) {
            return false;
        }
        synchronized (this) {
            if (revoked.containsKey(revocation.serial())) {
                return false;
            }
            revocationLog.write(CertificateRecords.revocation(revocation));
            revoked.put(revocation.serial(), revocation);
        }
        revocationLog.sync();
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

    @Override
    public synchronized void close() {
        journal.close();
        indexFile.close();
        revocationLog.close();
    }
}
