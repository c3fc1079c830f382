package dev.mockndes.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * The records of {@code pending.journal}: a put carries the whole request (the last put wins), a
 * removal only the transaction ID.
 * <pre>
 *   put    = 1 | transactionId (UTF) | csr length (4) | csr | epoch second (8) | nano (4) | polls (4)
 *            | state ordinal (1) | serial length (1, 0 = none) | serial
 *   remove = 2 | transactionId (UTF)
 * </pre>
 */
final class PendingRecords {
    static final byte PUT = 1;
    static final byte REMOVE = 2;

    private PendingRecords() {
    }

    static byte[] put(PendingRequest request) {
        return write(out -> {
            out.writeByte(PUT);
            out.writeUTF(request.transactionId());
            byte[] csr = request.csr();
            out.writeInt(csr.length);
            out.write(csr);
            out.writeLong(request.receivedAt().getEpochSecond());
            out.writeInt(request.receivedAt().getNano());
            out.writeInt(request.polls());
            out.writeByte(request.state().ordinal());
            byte[] serial = request.serial().map(BigInteger::toByteArray).orElse(new byte[0]);
            out.writeByte(serial.length);
            out.write(serial);
        });
    }

    static byte[] remove(String transactionId) {
        return write(out -> {
            out.writeByte(REMOVE);
            out.writeUTF(transactionId);
        });
    }

    /** Replays one record onto {@code requests}. */
    static void apply(byte[] record, java.util.Map<String, PendingRequest> requests) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(record))) {
            byte type = in.readByte();
            String transactionId = in.readUTF();
            if (type == REMOVE) {
                requests.remove(transactionId);
                return;
            }
            if (type != PUT) {
                throw new IllegalStateException("unknown pending record type " + type);
            }
            byte[] csr = new byte[in.readInt()];
            in.readFully(csr);
            Instant receivedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            int polls = in.readInt();
            PendingRequest.State state = PendingRequest.State.values()[in.readByte()];
            byte[] serial = new byte[in.readUnsignedByte()];
            in.readFully(serial);
            Optional<BigInteger> issued = serial.length == 0 ? Optional.empty() : Optional.of(new BigInteger(serial));
            requests.put(transactionId, new PendingRequest(transactionId, csr, receivedAt, polls, state, issued));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
