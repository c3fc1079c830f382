package dev.mockndes.config;

import dev.mockndes.ndes.auth.AdminUser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the NDES server around mscep.dll is set up.
 *
 * @param connectorInstalled whether the Intune connector's policy module is installed (browsing
 *                           mscep.dll then gives 403.0; without it, the general NDES page)
 * @param adminUsers         accounts that may open the mscep_admin page (Windows authentication)
 * @param adminCharset       the admin page's encoding (NDES: UTF-16LE without BOM)
 * @param fidelity           the details where the mock copies one NDES or another
 * @param profile            when present, a recorded NDES to look like ({@code serve --profile}): its
 *                           answers and the shape of its CA and RA chain
 */
public record NdesSettings(boolean connectorInstalled, List<AdminUser> adminUsers, Charset adminCharset,
                           FidelitySettings fidelity, java.util.Optional<dev.mockndes.common.profile.NdesProfile> profile) {
    public static final AdminUser DEFAULT_ADMIN = new AdminUser("Administrator", "mock-ndes", true);

    public NdesSettings {
        adminUsers = List.copyOf(adminUsers);
        java.util.Objects.requireNonNull(fidelity, "fidelity");
        java.util.Objects.requireNonNull(profile, "profile");
    }

    public static NdesSettings defaults() {
        return new NdesSettings(true, List.of(DEFAULT_ADMIN), StandardCharsets.UTF_16LE, FidelitySettings.defaults(), java.util.Optional.empty());
    }

    public NdesSettings withConnectorInstalled(boolean installed) {
        return new NdesSettings(installed, adminUsers, adminCharset, fidelity, profile);
    }

    public NdesSettings withAdminUsers(List<AdminUser> users) {
        return new NdesSettings(connectorInstalled, users, adminCharset, fidelity, profile);
    }

    public NdesSettings withFidelity(FidelitySettings settings) {
        return new NdesSettings(connectorInstalled, adminUsers, adminCharset, settings, profile);
    }

    public NdesSettings withProfile(dev.mockndes.common.profile.NdesProfile recorded) {
        return new NdesSettings(connectorInstalled, adminUsers, adminCharset, fidelity, java.util.Optional.of(recorded));
    }
}
