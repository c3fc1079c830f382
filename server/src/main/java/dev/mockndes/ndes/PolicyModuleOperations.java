package dev.mockndes.ndes;

import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.enroll.OneTimePasswords;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two HTTP operations NDES adds on mscep_admin for an MDM server once a policy module is
 * registered (Windows Server 2012 R2 and later), asked for with {@code ?operation=} after Windows
 * authentication, as the admin page is: {@code NDESGetCACertThumbprint} gives the MD5 thumbprint of
 * the trust anchor, {@code NDESGenerateChallenge} a challenge for one enrolment.
 *
 * <p>The policy-module white paper names the operations but not their answer's form. We answer 200
 * {@code text/plain} in ASCII with the bare value and no line end: the thumbprint as 32 upper-case hex
 * digits (the admin page's digits without its spaces), the challenge as the configured mode makes it
 * (a new one-time password, the single password, or an empty body where NDES asks for none: {@code none},
 * and {@code intune}, whose challenges Intune mints itself). A full password cache answers the same
 * cache-full page browsing shows.
 */
final class PolicyModuleOperations {
    static final String GENERATE_CHALLENGE = "NDESGenerateChallenge";
    static final String GET_THUMBPRINT = "NDESGetCACertThumbprint";

    private final ChallengeSettings challenge;
    private final OneTimePasswords passwords;
    private final NdesPages pages;
    private final Supplier<String> md5Thumbprint;

    PolicyModuleOperations(ChallengeSettings challenge, OneTimePasswords passwords, NdesPages pages, Supplier<String> md5Thumbprint) {
        this.challenge = challenge;
        this.passwords = passwords;
        this.pages = pages;
        this.md5Thumbprint = md5Thumbprint;
    }

    /** The answer to the operation {@code request} asks for, when it names one of the two (case-insensitive). */
    Optional<WebResponse> answer(WebRequest request) {
        String operation = RawQuery.parse(request.rawQuery()).get("operation").orElse("").toLowerCase(Locale.ROOT);
        if (operation.equals(GET_THUMBPRINT.toLowerCase(Locale.ROOT))) {
            return Optional.of(text(md5Thumbprint.get().replace(" ", "").toUpperCase(Locale.ROOT)));
        }
        if (!operation.equals(GENERATE_CHALLENGE.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(switch (challenge.mode()) {
            case OTP -> passwords.mint().map(PolicyModuleOperations::text)
                    .orElseGet(() -> pages.cacheFull(challenge.cacheSize(), challenge.lifetime()));
            case STATIC -> text(challenge.secret().orElseThrow());
            case NONE, INTUNE -> text("");
        });
    }

    private static WebResponse text(String value) {
        return WebResponse.ok("text/plain", value.getBytes(StandardCharsets.US_ASCII));
    }
}
