package dev.mockndes.config;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.transport.HttpSysLimits;
import dev.mockndes.web.ErrorPages;
import java.util.Objects;

/**
 * Details where NDES could be copied one way or another. The defaults are what a correctly
 * configured Windows Server 2022 NDES does; docs/fidelity.md says which source says what.
 *
 * @param basicAuth            offer and accept Basic on mscep_admin (NDES setup installs Windows authentication only)
 * @param capsContentType      send {@code Content-Type: text/plain} with GetCACaps (an older NDES sent none)
 * @param lenientDecryption    open a request's envelope with any of the CA and RA keys, not only the CEP Encryption key
 * @param badChallengeFailInfo the failInfo of a wrong or reused challenge: badRequest or badMessageCheck (both reported)
 * @param httpSysLimit         HTTP.sys MaxFieldLength and MaxRequestBytes (Windows: 16384; NDES guidance: 65534)
 * @param errorPages           who gets IIS's detailed error pages (IIS: loopback clients only)
 */
public record FidelitySettings(boolean basicAuth, boolean capsContentType, boolean lenientDecryption,
                               FailInfo badChallengeFailInfo, int httpSysLimit, ErrorPages errorPages) {
    public FidelitySettings {
        Objects.requireNonNull(badChallengeFailInfo, "badChallengeFailInfo");
        Objects.requireNonNull(errorPages, "errorPages");
        if (badChallengeFailInfo != FailInfo.BAD_REQUEST && badChallengeFailInfo != FailInfo.BAD_MESSAGE_CHECK) {
            throw new IllegalArgumentException("a bad challenge is refused with badRequest or badMessageCheck, not "
                    + badChallengeFailInfo.rfcName());
        }
        if (httpSysLimit < 1024 || httpSysLimit > 262_144) {
            throw new IllegalArgumentException("the HTTP.sys limit must be between 1024 and 262144 bytes, not " + httpSysLimit);
        }
    }

    public static FidelitySettings defaults() {
        return new FidelitySettings(false, true, false, FailInfo.BAD_REQUEST, HttpSysLimits.DEFAULTS.maxFieldLength(),
                ErrorPages.DETAILED_LOCAL_ONLY);
    }

    public FidelitySettings withBasicAuth(boolean enabled) {
        return new FidelitySettings(enabled, capsContentType, lenientDecryption, badChallengeFailInfo, httpSysLimit, errorPages);
    }

    public FidelitySettings withCapsContentType(boolean sent) {
        return new FidelitySettings(basicAuth, sent, lenientDecryption, badChallengeFailInfo, httpSysLimit, errorPages);
    }

    public FidelitySettings withLenientDecryption(boolean lenient) {
        return new FidelitySettings(basicAuth, capsContentType, lenient, badChallengeFailInfo, httpSysLimit, errorPages);
    }

    public FidelitySettings withHttpSysLimit(int bytes) {
        return new FidelitySettings(basicAuth, capsContentType, lenientDecryption, badChallengeFailInfo, bytes, errorPages);
    }

    public FidelitySettings withErrorPages(ErrorPages mode) {
        return new FidelitySettings(basicAuth, capsContentType, lenientDecryption, badChallengeFailInfo, httpSysLimit, mode);
    }

    /** HTTP.sys's two limits, both set to {@link #httpSysLimit()} as the NDES guidance does. */
    public HttpSysLimits httpSysLimits() {
        return new HttpSysLimits(httpSysLimit, httpSysLimit);
    }

    public FidelitySettings withBadChallengeFailInfo(FailInfo failInfo) {
        return new FidelitySettings(basicAuth, capsContentType, lenientDecryption, failInfo, httpSysLimit, errorPages);
    }
}
