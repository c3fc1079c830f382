package dev.mockndes.ndes.auth;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The AV_PAIR list of [MS-NLMP] 2.2.2.1 that a CHALLENGE carries as its TargetInfo. Always UTF-16LE. */
final class AvPairs {
    static final int EOL = 0;
    static final int NB_COMPUTER_NAME = 1;
    static final int NB_DOMAIN_NAME = 2;
    static final int DNS_COMPUTER_NAME = 3;
    static final int DNS_DOMAIN_NAME = 4;
    static final int TIMESTAMP = 7;

    private AvPairs() {
    }

    /** The pairs in the order Windows sends them, the timestamp a FILETIME (100 ns since 1601). */
    static byte[] targetInfo(WindowsAuthSettings settings, long fileTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pair(out, NB_DOMAIN_NAME, text(settings.netbiosDomain()));
        pair(out, NB_COMPUTER_NAME, text(settings.netbiosComputer()));
        pair(out, DNS_DOMAIN_NAME, text(settings.dnsDomain()));
        pair(out, DNS_COMPUTER_NAME, text(settings.dnsComputer()));
        pair(out, TIMESTAMP, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fileTime).array());
        pair(out, EOL, new byte[0]);
        return out.toByteArray();
    }

    /** The values by AvId, up to MsvAvEOL. */
    static Map<Integer, byte[]> parse(byte[] targetInfo) {
        NtlmBytes info = NtlmBytes.wrap(targetInfo);
        Map<Integer, byte[]> pairs = new LinkedHashMap<>();
        for (int at = 0; ; ) {
            int id = info.u16(at);
            int length = info.u16(at + 2);
            if (id == EOL) {
                return pairs;
            }
            pairs.put(id, info.bytes(at + 4, length));
            at += 4 + length;
        }
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_16LE);
    }

    private static void pair(ByteArrayOutputStream out, int id, byte[] value) {
        out.write(id);
        out.write(id >>> 8);
        out.write(value.length);
        out.write(value.length >>> 8);
        out.writeBytes(value);
    }
}
