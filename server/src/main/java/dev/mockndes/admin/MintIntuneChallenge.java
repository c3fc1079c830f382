package dev.mockndes.admin;

import dev.mockndes.enroll.IntuneChallenges;
import dev.mockndes.pki.SubjectAltNames;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * {@code POST /intune/challenges}: what Intune does before it sends a SCEP profile to a device: mint a
 * challenge bound to the subject and subjectAltNames the device will request.
 */
final class MintIntuneChallenge implements Function<WebRequest, WebResponse> {

    /** @param subjectAltNames "type:value" strings: dns, email, upn, uri, ip */
    record MintRequest(String subject, List<String> subjectAltNames, Integer validityMinutes) {
    }

    /** One year: longer validities are mistakes, and negative ones (for expiry tests) need not reach further back. */
    private static final int MAX_MINUTES = 525_600;

    private final IntuneChallenges challenges;
    private final Duration defaultValidity;

    MintIntuneChallenge(IntuneChallenges challenges, Duration defaultValidity) {
        this.challenges = challenges;
        this.defaultValidity = defaultValidity;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        MintRequest mint = Json.read(request, MintRequest.class);
        if (mint.subject() == null) {
            throw new IllegalArgumentException("'subject' is required, e.g. \"CN=device-1,O=Contoso\"");
        }
        X500Name subject;
        try {
            subject = new X500Name(mint.subject());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'subject' is not a distinguished name: " + mint.subject());
        }
        Set<String> sans = (mint.subjectAltNames() == null ? List.<String>of() : mint.subjectAltNames()).stream()
                .map(SubjectAltNames::normalise).collect(Collectors.toSet());
        if (mint.validityMinutes() != null && (mint.validityMinutes() < -MAX_MINUTES || mint.validityMinutes() > MAX_MINUTES)) {
            throw new IllegalArgumentException("validityMinutes must be within one year (negative values mint an already expired challenge)");
        }
        Duration validity = mint.validityMinutes() == null ? defaultValidity : Duration.ofMinutes(mint.validityMinutes());
        String challenge = challenges.mint(subject, sans, validity);
        return Json.respond(201, Map.of("challenge", challenge, "subject", subject.toString(),
                "subjectAltNames", sans, "validityMinutes", validity.toMinutes()));
    }
}
