package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * NDES cannot decrypt the EncryptedPassword registry value: mscep_admin still authenticates its
 * callers, then answers IIS's 500 page instead of the admin page and raises Event 2 (0x8009000b) and
 * Event 49 each time. Other requests are untouched.
 */
@JsonClassDescription("mscep_admin authenticates as usual, then answers 500 with Events 2 (0x8009000b) and 49: the EncryptedPassword cannot be decrypted.")
@JsonTypeName("admin-password-undecryptable")
public record AdminPasswordUndecryptable() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.adminPasswordUndecryptable();
    }
}
