package dev.mockndes.ndes.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Bounds-checked little-endian reads over one NTLM message. Every read past the end, and every
 * security buffer (length, allocated, offset) that points outside the message, is a
 * {@link MalformedNtlm}, never an index exception.
 */
final class NtlmBytes {
    static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    static final int NEGOTIATE = 1;
    static final int CHALLENGE = 2;
    static final int AUTHENTICATE = 3;

    private final byte[] message;

    private NtlmBytes(byte[] message) {
        this.message = message;
    }

    /** The message type after the NTLMSSP signature, or 0 when the bytes are not an NTLM message. */
    static int type(byte[] message) {
        if (message.length < 12 || !Arrays.equals(message, 0, 8, SIGNATURE, 0, 8)) {
            return 0;
        }
        return new NtlmBytes(message).u32(8);
    }

    /** The bytes of a base64 token, as {@code Authorization: NTLM|Negotiate|Basic <token>} carries them. */
    static byte[] base64(String token) {
        try {
            return Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new MalformedNtlm("not base64: " + e.getMessage());
        }
    }

    /** Reads over any little-endian structure, such as an AV_PAIR list. */
    static NtlmBytes wrap(byte[] bytes) {
        return new NtlmBytes(bytes);
    }

    static NtlmBytes of(byte[] message, int expectedType) {
        if (type(message) != expectedType) {
            throw new MalformedNtlm("not an NTLM type " + expectedType + " message");
        }
        return new NtlmBytes(message);
    }

    int length() {
        return message.length;
    }

    int u16(int at) {
        require(at, 2);
        return (message[at] & 0xff) | (message[at + 1] & 0xff) << 8;
    }

    int u32(int at) {
        require(at, 4);
        return u16(at) | u16(at + 2) << 16;
    }

    byte[] bytes(int at, int count) {
        require(at, count);
        return Arrays.copyOfRange(message, at, at + count);
    }

    /** The offset of the security buffer at {@code at}, unsigned. */
    long fieldOffset(int at) {
        return u32(at + 4) & 0xffffffffL;
    }

    /** The payload a security buffer (2-byte length, 2-byte allocated, 4-byte offset) points to. */
    byte[] field(int at) {
        int length = u16(at);
        long offset = fieldOffset(at);
        if (offset + length > message.length) {
            throw new MalformedNtlm("field at " + at + " points past the end of the message");
        }
        return Arrays.copyOfRange(message, (int) offset, (int) offset + length);
    }

    /** A string field: UTF-16LE when Unicode was negotiated, else an OEM string (read as Latin-1). */
    String text(int at, boolean unicode) {
        return new String(field(at), unicode ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }

    static byte[] encodeText(String text, boolean unicode) {
        return text.getBytes(unicode ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }

    private void require(int at, int count) {
        if (at < 0 || count < 0 || at > message.length - count) {
            throw new MalformedNtlm("message ends before byte " + (at + count));
        }
    }
}
