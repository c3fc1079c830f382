package dev.mockndes.ndes.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD4Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The NTLM one-way functions of [MS-NLMP] 3.3 and 6, on Bouncy Castle's lightweight API (the JDK
 * has no MD4, and the server registers no provider).
 */
final class NtlmCrypto {

    private NtlmCrypto() {
    }

    /** NTOWFv1: MD4 of the UTF-16LE password. */
    static byte[] ntowfv1(String password) {
        return digest(new MD4Digest(), password.getBytes(StandardCharsets.UTF_16LE));
    }

    /** NTOWFv2: HMAC-MD5 keyed with NTOWFv1 over UTF-16LE of UPPER(user) followed by the domain as given. */
    static byte[] ntowfv2(String password, String user, String domain) {
        return hmacMd5(ntowfv1(password), (user.toUpperCase(Locale.ROOT) + domain).getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] md5(byte[]... parts) {
        return digest(new MD5Digest(), parts);
    }

    static byte[] hmacMd5(byte[] key, byte[]... parts) {
        HMac mac = new HMac(new MD5Digest());
        mac.init(new KeyParameter(key));
        for (byte[] part : parts) {
            mac.update(part, 0, part.length);
        }
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /** DESL: the 16-byte key, zero-padded to 21, as three DES keys each encrypting the 8-byte data. */
    static byte[] desl(byte[] key, byte[] data) {
        byte[] padded = Arrays.copyOf(key, 21);
        byte[] out = new byte[24];
        for (int i = 0; i < 3; i++) {
            DESEngine des = new DESEngine();
            des.init(true, new KeyParameter(desKey(padded, 7 * i)));
            des.processBlock(data, 0, out, 8 * i);
        }
        return out;
    }

    /** Spreads 56 key bits over 8 bytes, 7 per byte; DES ignores the low (parity) bit. */
    private static byte[] desKey(byte[] bits, int at) {
        byte[] key = new byte[8];
        key[0] = bits[at];
        for (int i = 1; i < 7; i++) {
            key[i] = (byte) (bits[at + i - 1] << (8 - i) | (bits[at + i] & 0xff) >>> i);
        }
        key[7] = (byte) (bits[at + 6] << 1);
        return key;
    }

    private static byte[] digest(Digest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
