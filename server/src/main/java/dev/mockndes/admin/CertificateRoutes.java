package dev.mockndes.admin;

import dev.mockndes.store.CertificateStore;
import dev.mockndes.store.Revocation;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.math.BigInteger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The certificates the CA issued:
 * <pre>
 *   GET  /certificates?limit=N                 {"count":total,"certificates":[newest first, at most N (default 50)]}
 *   POST /certificates/{serialHex}/revoke      optional {"reason":N} (RFC 5280 CRLReason, default 0);
 *                                              200 the entry, 404 unknown serial, 409 already revoked
 * </pre>
 * Each entry: serial (lower-case hex), subject, notBefore, notAfter (ISO-8601), revoked, revokedAt, reason.
 */
final class CertificateRoutes {
    static final String REVOKE = "/certificates/{serial}/revoke";
    private static final PathTemplate REVOKE_PATH = PathTemplate.of(REVOKE);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 10_000;

    record RevokeRequest(Integer reason) {
    }

    private final CertificateStore store;
    private final Clock clock;

    CertificateRoutes(CertificateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    AdminRoutes register(AdminRoutes routes) {
        return routes.onBlocking("GET", "/certificates", this::list).onBlocking("POST", REVOKE, this::revoke);
    }

    private WebResponse list(WebRequest request) {
        int limit = RawQuery.parse(request.rawQuery()).get("limit").map(CertificateRoutes::limit).orElse(DEFAULT_LIMIT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", store.count());
        body.put("certificates", store.recent(limit).stream().map(this::entry).toList());
        return Json.ok(body);
    }

    private WebResponse revoke(WebRequest request) {
        String hex = REVOKE_PATH.parameter(request.path(), "serial");
        BigInteger serial;
        try {
            serial = new BigInteger(hex, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the serial number must be hexadecimal, not '" + hex + "'");
        }
        int reason = request.body().length == 0 ? 0 : Optional.ofNullable(Json.read(request, RevokeRequest.class).reason()).orElse(0);
        Revocation revocation = new Revocation(serial, clock.instant(), reason);
        Optional<X509CertificateHolder> certificate = store.find(serial);
        if (certificate.isEmpty()) {
            return Json.error(404, "this CA issued no certificate with serial " + serial.toString(16));
        }
        if (!store.revoke(revocation)) {
            return Json.respond(409, Map.of("error", "certificate " + serial.toString(16) + " is already revoked",
                    "certificate", entry(certificate.get())));
        }
        return Json.ok(entry(certificate.get()));
    }

    private Map<String, Object> entry(X509CertificateHolder certificate) {
        Optional<Revocation> revocation = store.revocation(certificate.getSerialNumber());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("serial", certificate.getSerialNumber().toString(16));
        entry.put("subject", certificate.getSubject().toString());
        entry.put("notBefore", certificate.getNotBefore().toInstant().toString());
        entry.put("notAfter", certificate.getNotAfter().toInstant().toString());
        entry.put("revoked", revocation.isPresent());
        entry.put("revokedAt", revocation.map(r -> r.revokedAt().toString()).orElse(null));
        entry.put("reason", revocation.map(Revocation::reason).orElse(null));
        return entry;
    }

    private static int limit(String value) {
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number, not '" + value + "'");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
        return limit;
    }
}
