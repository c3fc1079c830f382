package dev.mockndes.enroll;

import dev.mockndes.pki.SubjectAltNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/** Decides whether a request's challenge password is acceptable; one-time challenges are consumed when accepted. */
public interface ChallengePolicy {

    ChallengeMode mode();

    /** Empty when the challenge is accepted. */
    Optional<ChallengeRefusal> check(EnrolmentRequest request);

    static ChallengePolicy none() {
        return new ChallengePolicy() {
            public ChallengeMode mode() {
                return ChallengeMode.NONE;
            }

            public Optional<ChallengeRefusal> check(EnrolmentRequest request) {
                return Optional.empty();
            }
        };
    }

    /** One fixed secret, compared in constant time. */
    static ChallengePolicy fixed(String secret) {
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        return new ChallengePolicy() {
            public ChallengeMode mode() {
                return ChallengeMode.STATIC;
            }

            public Optional<ChallengeRefusal> check(EnrolmentRequest request) {
                if (request.challenge().isEmpty()) {
                    return missing(mode());
                }
                boolean equal = MessageDigest.isEqual(expected, request.challenge().get().getBytes(StandardCharsets.UTF_8));
                return equal ? Optional.empty()
                        : Optional.of(new ChallengeRefusal(mode(), "wrong", "the challenge password does not match the configured one"));
            }
        };
    }

    static ChallengePolicy oneTime(OneTimePasswords passwords) {
        return new ChallengePolicy() {
            public ChallengeMode mode() {
                return ChallengeMode.OTP;
            }

            public Optional<ChallengeRefusal> check(EnrolmentRequest request) {
                if (request.challenge().isEmpty()) {
                    return missing(mode());
                }
                return passwords.redeem(request.challenge().get()).map(refusal -> new ChallengeRefusal(mode(),
                        code(refusal.name()), "one-time password " + code(refusal.name())));
            }
        };
    }

    static ChallengePolicy intune(IntuneChallenges challenges) {
        return new ChallengePolicy() {
            public ChallengeMode mode() {
                return ChallengeMode.INTUNE;
            }

            public Optional<ChallengeRefusal> check(EnrolmentRequest request) {
                if (request.challenge().isEmpty()) {
                    return missing(mode());
                }
                return challenges.redeem(request.challenge().get(), request.csr().getSubject(), SubjectAltNames.of(request.csr()))
                        .map(refusal -> new ChallengeRefusal(mode(), code(refusal.name()), "Intune challenge " + code(refusal.name())));
            }
        };
    }

    private static Optional<ChallengeRefusal> missing(ChallengeMode mode) {
        return Optional.of(new ChallengeRefusal(mode, "missing", "the request carries no challenge password"));
    }

    private static String code(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
