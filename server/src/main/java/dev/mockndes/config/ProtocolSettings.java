package dev.mockndes.config;

import dev.mockndes.enroll.ApprovalSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional parts of RFC 8894 the server offers beyond what a default NDES does.
 *
 * @param approval             auto or manual approval (a scenario's {@code approval:} overrides it while in force)
 * @param renewalWindow        RenewalReq allowed only when the old certificate expires within this; empty = any time
 * @param signingTimeTolerance how far a request's signingTime may be from the server's clock before badTime; empty = unchecked
 * @param crlBaseUrl           the URL folder the CRL distribution point names (the CRL file name is appended); empty =
 *                             {@code http://<the site's own host:port>/CertEnroll/}
 * @param nextCa               generate a next CA and RA pair at start, served by GetNextCACert (CA rollover)
 */
public record ProtocolSettings(ApprovalSettings approval, Optional<Duration> renewalWindow, Optional<Duration> signingTimeTolerance,
                               Optional<String> crlBaseUrl, boolean nextCa) {
    /** A day either way: devices with clocks off by hours are common, a day off is a broken clock. */
    public static final Duration DEFAULT_SIGNING_TIME_TOLERANCE = Duration.ofHours(24);

    public ProtocolSettings {
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(renewalWindow, "renewalWindow");
        Objects.requireNonNull(signingTimeTolerance, "signingTimeTolerance");
        Objects.requireNonNull(crlBaseUrl, "crlBaseUrl");
        if (renewalWindow.isPresent() && (renewalWindow.get().isNegative() || renewalWindow.get().isZero())) {
            throw new IllegalArgumentException("the renewal window must be positive");
        }
        if (signingTimeTolerance.isPresent() && signingTimeTolerance.get().isNegative()) {
            throw new IllegalArgumentException("the signingTime tolerance must not be negative");
        }
        if (crlBaseUrl.isPresent() && !crlBaseUrl.get().matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("the CRL base URL must be an http(s) URL, not " + crlBaseUrl.get());
        }
    }

    public static ProtocolSettings defaults() {
        return new ProtocolSettings(ApprovalSettings.auto(), Optional.empty(), Optional.of(DEFAULT_SIGNING_TIME_TOLERANCE),
                Optional.empty(), false);
    }

    public ProtocolSettings withApproval(ApprovalSettings settings) {
        return new ProtocolSettings(settings, renewalWindow, signingTimeTolerance, crlBaseUrl, nextCa);
    }

    public ProtocolSettings withRenewalWindow(Duration window) {
        return new ProtocolSettings(approval, Optional.of(window), signingTimeTolerance, crlBaseUrl, nextCa);
    }

    public ProtocolSettings withSigningTimeTolerance(Optional<Duration> tolerance) {
        return new ProtocolSettings(approval, renewalWindow, tolerance, crlBaseUrl, nextCa);
    }

    public ProtocolSettings withCrlBaseUrl(String url) {
        return new ProtocolSettings(approval, renewalWindow, signingTimeTolerance, Optional.of(url), nextCa);
    }

    public ProtocolSettings withNextCa(boolean generate) {
        return new ProtocolSettings(approval, renewalWindow, signingTimeTolerance, crlBaseUrl, generate);
    }
}
