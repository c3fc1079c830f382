package dev.mockndes.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The records of {@code certificates.journal} and {@code revocations.journal}. The serial leads
 * both, so finding and indexing never parse a certificate.
 * <pre>
 *   certificate = serial length (1) | serial (two's complement) | DER certificate
 *   revocation  = serial length (1) | serial | epoch second (8) | nano (4) | CRLReason (1)
 * </pre>
 */
final class CertificateRecords {
    private CertificateRecords() {
    }

    static byte[] certificate(X509CertificateHolder certificate) {
        byte[] serial = certificate.getSerialNumber().toByteArray();
        byte[] der;
        try {
            der = certificate.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ByteBuffer.allocate(1 + serial.length + der.length).put((byte) serial.length).put(serial).put(der).array();
    }

    static X509CertificateHolder certificate(byte[] record) {
        int der = 1 + (record[0] & 0xff);
        try {
            return new X509CertificateHolder(Arrays.copyOfRange(record, der, record.length));
        } catch (IOException e) {
            throw new IllegalStateException("a journal record passed its checksum but holds no certificate", e);
        }
    }

    /** The serial's encoding at the head of either kind of record. */
    static byte[] serialOf(ByteBuffer record) {
        ByteBuffer view = record.duplicate();
        byte[] serial = new byte[view.get() & 0xff];
        view.get(serial);
        return serial;
    }

    static byte[] revocation(Revocation revocation) {
        byte[] serial = revocation.serial().toByteArray();
        return ByteBuffer.allocate(1 + serial.length + 8 + 4 + 1).put((byte) serial.length).put(serial)
                .putLong(revocation.revokedAt().getEpochSecond()).putInt(revocation.revokedAt().getNano())
                .put((byte) revocation.reason()).array();
    }

    static Revocation revocation(ByteBuffer record) {
        ByteBuffer view = record.duplicate();
        byte[] serial = new byte[view.get() & 0xff];
        view.get(serial);
        Instant at = Instant.ofEpochSecond(view.getLong(), view.getInt());
        return new Revocation(new BigInteger(serial), at, view.get());
    }
}
