package dev.mockndes.ndes.auth;

import static dev.mockndes.ndes.auth.NtlmFlags.has;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * NTLM CHALLENGE (Type 2), [MS-NLMP] 2.2.1.2. Layout: signature, type 2, TargetName buffer (12),
 * flags (20), server challenge (24), 8 reserved bytes, TargetInfo buffer (40), version (48), then
 * the payload from byte 56: target name, target info.
 */
record ChallengeMessage(int flags, byte[] serverChallenge, String targetName, byte[] targetInfo) {
    private static final int HEADER = 56;
    /** Windows Server 2022: 10.0 build 20348 (0x4F7C), NTLM revision 15. */
    private static final byte[] WINDOWS_VERSION = {10, 0, 0x7C, 0x4F, 0, 0, 0, 0x0F};

    /** The answer to a NEGOTIATE: granted flags, the NetBIOS domain as target, the server's AV pairs. */
    static ChallengeMessage answering(NegotiateMessage request, WindowsAuthSettings settings, byte[] serverChallenge,
                                      long fileTime) {
        return new ChallengeMessage(NtlmFlags.answer(request.flags()), serverChallenge.clone(),
                settings.netbiosDomain(), AvPairs.targetInfo(settings, fileTime));
    }

    byte[] encode() {
        byte[] target = NtlmBytes.encodeText(targetName, has(flags, NtlmFlags.UNICODE));
        ByteBuffer out = ByteBuffer.allocate(HEADER + target.length + targetInfo.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(NtlmBytes.SIGNATURE).putInt(NtlmBytes.CHALLENGE);
        out.putShort((short) target.length).putShort((short) target.length).putInt(HEADER);
        out.putInt(flags).put(serverChallenge).putLong(0);
        out.putShort((short) targetInfo.length).putShort((short) targetInfo.length).putInt(HEADER + target.length);
        out.put(has(flags, NtlmFlags.VERSION) ? WINDOWS_VERSION : new byte[8]);
        return out.put(target).put(targetInfo).array();
    }

    static ChallengeMessage parse(byte[] message) {
        NtlmBytes m = NtlmBytes.of(message, NtlmBytes.CHALLENGE);
        int flags = m.u32(20);
        return new ChallengeMessage(flags, m.bytes(24, 8), m.text(12, has(flags, NtlmFlags.UNICODE)), m.field(40));
    }
}
