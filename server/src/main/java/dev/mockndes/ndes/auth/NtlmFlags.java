package dev.mockndes.ndes.auth;

/** The NEGOTIATE flags of [MS-NLMP] 2.2.2.5, as bits of the little-endian 32-bit field. */
final class NtlmFlags {
    static final int UNICODE = 0x00000001;
    static final int OEM = 0x00000002;
    static final int REQUEST_TARGET = 0x00000004;
    static final int SIGN = 0x00000010;
    static final int SEAL = 0x00000020;
    static final int NTLM = 0x00000200;
    static final int OEM_DOMAIN_SUPPLIED = 0x00001000;
    static final int OEM_WORKSTATION_SUPPLIED = 0x00002000;
    static final int ALWAYS_SIGN = 0x00008000;
    static final int TARGET_TYPE_DOMAIN = 0x00010000;
    static final int EXTENDED_SESSIONSECURITY = 0x00080000;
    static final int TARGET_INFO = 0x00800000;
    static final int VERSION = 0x02000000;
    static final int NEGOTIATE_128 = 0x20000000;
    static final int KEY_EXCH = 0x40000000;
    static final int NEGOTIATE_56 = 0x80000000;

    /** What the server grants when, and only when, the client asks for it. */
    private static final int ECHOED = REQUEST_TARGET | SIGN | SEAL | ALWAYS_SIGN | EXTENDED_SESSIONSECURITY | VERSION
            | NEGOTIATE_128 | KEY_EXCH | NEGOTIATE_56;

    private NtlmFlags() {
    }

    static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }

    /**
     * The CHALLENGE flags answering a NEGOTIATE's: the requested options this server knows, Unicode
     * if asked (else OEM), and always NTLM, a domain target name and target info. The target name
     * and info go out even when not requested, as Windows does; httpclient only answers NTLMv2
     * when both are present. LM_KEY is never granted.
     */
    static int answer(int requested) {
        int charset = has(requested, UNICODE) ? UNICODE : OEM;
        return (requested & ECHOED) | charset | NTLM | TARGET_TYPE_DOMAIN | TARGET_INFO;
    }
}
