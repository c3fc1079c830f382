package dev.mockndes.admin;

import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * {@code GET /devices/apple.mobileconfig.svg?…}: a QR code of the profile's URL on this admin
 * listener, as the caller reached it (its Host header), with the same parameters: a phone's camera
 * opens the profile in Safari. The phone must reach that address, and a server with an admin token
 * will refuse the phone (it sends none): the dashboard says so.
 */
final class ShowAppleProfileQr implements Function<WebRequest, WebResponse> {
    static final String CONTENT_TYPE = "image/svg+xml";

    @Override
    public WebResponse apply(WebRequest request) {
        String host = request.header("host").orElseThrow(() -> new IllegalArgumentException("the request names no Host"));
        String query = request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery();
        String url = "http://" + host + "/devices/apple.mobileconfig" + query;
        return WebResponse.ok(CONTENT_TYPE, QrCode.svg(url).getBytes(StandardCharsets.UTF_8))
                .withHeader("X-Profile-Url", url).withHeader("Cache-Control", "no-store");
    }
}
