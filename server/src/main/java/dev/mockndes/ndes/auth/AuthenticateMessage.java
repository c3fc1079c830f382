package dev.mockndes.ndes.auth;

import static dev.mockndes.ndes.auth.NtlmFlags.has;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.stream.IntStream;

/**
 * NTLM AUTHENTICATE (Type 3), [MS-NLMP] 2.2.1.3. Security buffers: LM response (12), NT response
 * (20), domain (28), user (36), workstation (44), session key (52); then flags (60), version (64)
 * and MIC (72) for clients whose payload starts at 64 or later. Older clients end the header at
 * 52 with no flags field; their strings are read with the flags the CHALLENGE granted.
 *
 * @param flags the message's flags, or the negotiated ones when the message has none
 */
record AuthenticateMessage(int flags, byte[] lmResponse, byte[] ntResponse, String domain, String user,
                           String workstation) {
    private static final int HEADER = 72;

    static AuthenticateMessage parse(byte[] message, int negotiatedFlags) {
        NtlmBytes m = NtlmBytes.of(message, NtlmBytes.AUTHENTICATE);
        long payloadStart = IntStream.of(12, 20, 28, 36, 44).filter(at -> m.u16(at) > 0)
                .mapToLong(m::fieldOffset).min().orElse(m.length());
        int own = payloadStart >= 64 && m.length() >= 64 ? m.u32(60) : 0;
        int flags = own != 0 ? own : negotiatedFlags;
        boolean unicode = has(flags, NtlmFlags.UNICODE);
        return new AuthenticateMessage(flags, m.field(12), m.field(20), m.text(28, unicode), m.text(36, unicode),
                m.text(44, unicode));
    }

    /** The message as a client sends it: the 72-byte header (zero version and MIC), then the payload. */
    byte[] encode() {
        boolean unicode = has(flags, NtlmFlags.UNICODE);
        byte[][] fields = {lmResponse, ntResponse, NtlmBytes.encodeText(domain, unicode),
            NtlmBytes.encodeText(user, unicode), NtlmBytes.encodeText(workstation, unicode), new byte[0]};
        int size = HEADER;
        for (byte[] field : fields) {
            size += field.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(NtlmBytes.SIGNATURE).putInt(NtlmBytes.AUTHENTICATE);
        int offset = HEADER;
        for (byte[] field : fields) {
            out.putShort((short) field.length).putShort((short) field.length).putInt(offset);
            offset += field.length;
        }
        out.putInt(flags).position(HEADER);
        for (byte[] field : fields) {
            out.put(field);
        }
        return out.array();
    }
}
