package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /certificates/{serialHex}/revoke}, optional body {"reason":N} (RFC 5280 CRLReason,
 * default 0): 200 the entry, 404 unknown serial, 409 already revoked (with the entry as it stands).
 */
final class RevokeCertificate implements Function<WebRequest, WebResponse> {
    static final String PATH = "/certificates/{serial}/revoke";
    private static final PathTemplate TEMPLATE = PathTemplate.of(PATH);

    record RevokeRequest(Integer reason) {
    }

    private final Admin admin;

    RevokeCertificate(Admin admin) {
        this.admin = admin;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        String hex = TEMPLATE.parameter(request.path(), "serial");
        BigInteger serial;
        try {
            serial = new BigInteger(hex, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the serial number must be hexadecimal, not '" + hex + "'");
        }
        Optional<Integer> reason = request.body().length == 0 ? Optional.empty()
                : Optional.ofNullable(Json.read(request, RevokeRequest.class).reason());
        try {
            return Json.ok(admin.revoke(serial, reason));
        } catch (AlreadyRevoked e) {
            return Json.respond(409, Map.of("error", e.getMessage(), "certificate", e.certificate()));
        }
    }
}
