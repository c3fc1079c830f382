package dev.mockndes.harness.probe;

import dev.mockndes.harness.device.CaCertificates;
import dev.mockndes.harness.device.CaSetDefects;
import dev.mockndes.harness.device.Outcome;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * From symptoms to the documented cause, in the order the troubleshooting article walks: can the
 * device reach NDES at all, what does browsing the URL give, do GetCACaps and GetCACert answer
 * with usable RA certificates, are long URLs accepted, does an enrolment go through, and how fast.
 * The first rule that fits wins; causes the device side cannot tell apart are named as alternatives.
 */
final class Diagnoser {
    static final long SLOW_MILLIS = 1000;

    private Diagnoser() {
    }

    static Diagnosis diagnose(Observations seen, Date now) {
        Exchange browse = seen.browse();
        if (browse.failure() == Exchange.Failure.HOST_NOT_FOUND) {
            return Diagnosis.of(Cause.HOST_NOT_FOUND, browse.detail());
        }
        if (browse.failure() == Exchange.Failure.REFUSED) {
            return Diagnosis.of(Cause.CONNECTION_REFUSED, browse.detail(), Cause.NETWORK_BLOCKED);
        }
        if (browse.failure() == Exchange.Failure.TLS && browse.tlsVerdict().isPresent()) {
            Cause tls = switch (browse.tlsVerdict().get()) {
                case EXPIRED -> Cause.TLS_EXPIRED_CERTIFICATE;
                case NAME_MISMATCH -> Cause.TLS_WRONG_HOST;
                case UNTRUSTED -> Cause.TLS_UNTRUSTED_CHAIN;
                case ENDED_BEFORE_CERTIFICATE -> Cause.TLS_OLD_PROTOCOL;
                case OTHER -> null;
            };
            if (tls != null) {
                return Diagnosis.of(tls, "the HTTPS handshake failed: " + browse.detail());
            }
        }
        List<Exchange> all = seen.all();
        long failed = all.stream().filter(e -> !e.answered()).count();
        if (failed > 0 && failed < all.size()) {
            return Diagnosis.of(Cause.FLAKY, failed + " of " + all.size() + " requests got no answer ("
                    + kinds(all) + ") while the others were answered", Cause.NETWORK_BLOCKED);
        }
        if (failed == all.size()) {
            long resets = count(all, Exchange.Failure.RESET);
            long timeouts = count(all, Exchange.Failure.TIMEOUT);
            String evidence = "no request was answered (" + kinds(all) + ")";
            if (timeouts == all.size()) {
                return Diagnosis.of(Cause.NO_ANSWER, evidence, Cause.NETWORK_BLOCKED);
            }
            return resets * 2 > all.size() ? Diagnosis.of(Cause.PAGE_CANT_BE_DISPLAYED, evidence, Cause.NETWORK_BLOCKED)
                    : Diagnosis.of(Cause.NETWORK_BLOCKED, evidence, Cause.PAGE_CANT_BE_DISPLAYED);
        }
        if (all.stream().anyMatch(e -> e.status() == 503)) {
            return Diagnosis.of(Cause.APP_POOL_STOPPED, "HTTP 503 from " + server(all, 503) + " for " + statuses(all, 503),
                    Cause.APP_POOL_INTERMEDIATE_IN_ROOT, Cause.APP_POOL_CRL_UNREACHABLE, Cause.APP_POOL_WINDOWS_AUTH_ON_CRP,
                    Cause.APP_POOL_EXPIRED_POLICY_CERT);
        }
        if (all.stream().anyMatch(e -> e.status() == 504)) {
            return Diagnosis.of(Cause.GATEWAY_TIMEOUT, "HTTP 504 for " + statuses(all, 504));
        }
        if (browse.status() == 500 || seen.caps().status() == 500) {
            String body = (browse.answer().map(a -> a.text()).orElse("") + seen.caps().answer().map(a -> a.text()).orElse(""))
                    .toUpperCase(java.util.Locale.ROOT);
            if (body.contains("0X80070542")) {
                return Diagnosis.of(Cause.MISSING_IMPERSONATION_RIGHT, "HTTP 500 with error code 0x80070542 (1346)", Cause.SERVICE_ACCOUNT_LOCKED);
            }
            if (body.contains("0X80070775")) {
                return Diagnosis.of(Cause.SERVICE_ACCOUNT_LOCKED, "HTTP 500 with error code 0x80070775 (1909)", Cause.MISSING_IMPERSONATION_RIGHT);
            }
            return Diagnosis.of(Cause.SERVICE_ACCOUNT_LOCKED, "HTTP 500 without an error code; the win32 status in the IIS log decides",
                    Cause.MISSING_IMPERSONATION_RIGHT, Cause.RA_CERTS_EXPIRED);
        }
        if (browse.status() == 200 && browse.answer().get().text().contains("Network Device Enrollment Service")) {
            return Diagnosis.of(Cause.CONNECTOR_NOT_INSTALLED, "browsing the URL gives the general NDES page with 200, not 403.0");
        }
        if (seen.caps().status() != 200 || seen.caCert().status() != 200 || seen.certs().isEmpty()) {
            return Diagnosis.of(Cause.UNEXPECTED_ANSWER, "GetCACaps answered " + seen.caps().summary() + ", GetCACert " + seen.caCert().summary());
        }
        CaCertificates certs = seen.certs().get();
        List<X509Certificate> badRa = Stream.of(certs.signingRa(), certs.encryptionRa()).flatMap(java.util.Optional::stream)
                .filter(c -> c.getNotAfter().before(now) || c.getNotBefore().after(now)).toList();
        if (!badRa.isEmpty()) {
            return Diagnosis.of(Cause.RA_CERTS_EXPIRED, badRa.size() + " RA certificate(s) outside their validity, e.g. "
                    + badRa.get(0).getSubjectX500Principal() + " valid " + badRa.get(0).getNotBefore() + " to " + badRa.get(0).getNotAfter());
        }
        java.util.Optional<String> caDefect = CaSetDefects.appleRefusal(certs);
        if (caDefect.isPresent()) {
            return Diagnosis.of(Cause.IOS_RA_RESPONSE_INVALID, caDefect.get() + "; iOS stops after GetCACert",
                    Cause.IOS_RA_RESPONSE_INVALID_PSS, Cause.IOS_RA_RESPONSE_INVALID_INTERMEDIATE);
        }
        java.util.Optional<X509Certificate> oldChain = CaSetDefects.raWithBrokenChain(certs);
        if (oldChain.isPresent()) {
            return Diagnosis.of(Cause.RA_CHAIN_OLD_CA, "the RA certificate " + oldChain.get().getSubjectX500Principal()
                    + " names the CA of GetCACert as its issuer but was signed by another key");
        }
        java.util.Optional<X509Certificate> fallback = CaSetDefects.fallbackRecipient(certs);
        if (fallback.isPresent()) {
            return Diagnosis.of(Cause.WRONG_RECIPIENT, "GetCACert has RA certificates but none with keyEncipherment, so clients "
                    + "encrypt to " + fallback.get().getSubjectX500Principal() + ", which NDES cannot decrypt");
        }
        if (!certs.hasBothRaCertificates()) {
            return Diagnosis.of(Cause.RA_CERTS_MISSING, "GetCACert has no CA-issued signing and encryption RA pair");
        }
        if (seen.refusedAt().isPresent()) {
            return Diagnosis.of(Cause.URL_TOO_LONG, "a GET PKIOperation with a " + seen.refusedAt().get() + "-character query was refused "
                    + "while short requests are answered");
        }
        if (seen.enrolment().isPresent()) {
            Outcome outcome = seen.enrolment().get().outcome();
            if (outcome instanceof Outcome.ScepFailure failure) {
                return refusal(failure);
            }
            if (outcome instanceof Outcome.Pending) {
                return Diagnosis.of(Cause.PENDING_APPROVAL, "the enrolment got PENDING");
            }
            if (!outcome.isSuccess()) {
                return Diagnosis.of(Cause.ENROLMENT_FAILED, "the enrolment ended with " + outcome.wire() + ": " + outcome.detail());
            }
        }
        switch (seen.admin().kind()) {
            case SERVER_ERROR -> {
                return Diagnosis.of(Cause.MSCEP_ADMIN_PASSWORD_DECRYPT_FAILED, seen.admin().detail() + "; devices enrol, so look for Events 2 "
                        + "and 49 on the NDES server, which the probe cannot see");
            }
            case ANSWERED_ANONYMOUS -> {
                return Diagnosis.of(Cause.ADMIN_GATEWAY_ANSWERS_ANONYMOUS, seen.admin().detail());
            }
            case CLOSED_AFTER_CHALLENGE -> {
                return Diagnosis.of(Cause.ADMIN_GATEWAY_CLOSES_AFTER_CHALLENGE, seen.admin().detail());
            }
            case BASIC_ONLY -> {
                return Diagnosis.of(Cause.ADMIN_GATEWAY_BASIC_ONLY, seen.admin().detail());
            }
            default -> {
                // mscep_admin is fine, or answered in a way no documented cause explains: the device side decides.
            }
        }
        long median = all.stream().mapToLong(Exchange::millis).sorted().skip(all.size() / 2).findFirst().orElse(0);
        if (median > SLOW_MILLIS) {
            return Diagnosis.of(Cause.SLOW_NDES, "half the requests took more than " + median + " ms");
        }
        if (browse.status() != 403) {
            return Diagnosis.of(Cause.UNEXPECTED_ANSWER, "browsing the URL gave " + browse.summary() + ", where a healthy NDES gives 403.0");
        }
        return Diagnosis.of(Cause.HEALTHY, "403.0 on browse, SCEP operations answered" + (seen.enrolment().isPresent() ? ", enrolment succeeded" : ""));
    }

    /**
     * A FAILURE: NDES's HRESULT in szOID_ENROLL_SCEP_ERROR tells a CA that cannot be reached (0x800706BA) and a CA that
     * denied the request (0x80004005, the CA's own reason is only on the servers) from a policy module that said no.
     */
    private static Diagnosis refusal(Outcome.ScepFailure failure) {
        String evidence = "the enrolment got " + failure.wire() + failure.ndesError().map(e -> " with NDES error " + e).orElse("");
        return switch (failure.ndesError().orElse("")) {
            case "0x800706BA" -> Diagnosis.of(Cause.CA_UNREACHABLE, evidence);
            case "0x80004005" -> Diagnosis.of(Cause.TEMPLATE_NOT_SUPPORTED, evidence + "; the CA's reason is in Event 31 on the NDES "
                    + "server and in the CA's Failed Requests", Cause.CA_DENIED_KEY_TOO_SMALL, Cause.CA_DENIED_SUBJECT_NAME_INVALID,
                    Cause.CA_DENIED_REVOCATION_OFFLINE);
            // The connector's refusals look the same from the device: the NDES server's logs tell them apart.
            default -> Diagnosis.of(Cause.CHALLENGE_REJECTED, evidence + "; the connector refused the challenge or could not "
                            + "check it: look at NDESPlugin.log, CertificateRegistrationPoint.svclog and connector events 20501/20502 "
                            + "on the NDES server", Cause.CONNECTOR_CHALLENGE_EXPIRED, Cause.CONNECTOR_CHALLENGE_MISMATCH,
                    Cause.CONNECTOR_INTERMEDIATE_IN_ROOT, Cause.CONNECTOR_SERVICE_ERROR, Cause.CONNECTOR_SIGNING_CERT_MISSING);
        };
    }

    private static long count(List<Exchange> all, Exchange.Failure failure) {
        return all.stream().filter(e -> e.failure() == failure).count();
    }

    private static String kinds(List<Exchange> all) {
        return all.stream().filter(e -> !e.answered()).collect(java.util.stream.Collectors.groupingBy(Exchange::summary,
                java.util.TreeMap::new, java.util.stream.Collectors.counting())).toString();
    }

    private static String statuses(List<Exchange> all, int status) {
        return all.stream().filter(e -> e.status() == status).count() + " of " + all.size() + " requests";
    }

    private static String server(List<Exchange> all, int status) {
        return all.stream().filter(e -> e.status() == status).findFirst().flatMap(Exchange::answer)
                .flatMap(a -> a.header("server")).orElse("the server");
    }
}
