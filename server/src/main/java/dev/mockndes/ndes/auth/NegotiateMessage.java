package dev.mockndes.ndes.auth;

import static dev.mockndes.ndes.auth.NtlmFlags.has;

/**
 * NTLM NEGOTIATE (Type 1), [MS-NLMP] 2.2.1.1: signature, type, flags at 12, then the optional
 * OEM domain (16) and workstation (24) fields, present only when their flags say so.
 */
record NegotiateMessage(int flags, String domain, String workstation) {

    static NegotiateMessage parse(byte[] message) {
        NtlmBytes m = NtlmBytes.of(message, NtlmBytes.NEGOTIATE);
        int flags = m.u32(12);
        String domain = has(flags, NtlmFlags.OEM_DOMAIN_SUPPLIED) ? m.text(16, false) : "";
        String workstation = has(flags, NtlmFlags.OEM_WORKSTATION_SUPPLIED) ? m.text(24, false) : "";
        return new NegotiateMessage(flags, domain, workstation);
    }
}
