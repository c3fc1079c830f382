package dev.mockndes.admin;

import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * {@code GET /devices/apple.mobileconfig?challenge=…&subject=…&keysize=…}: an Apple configuration
 * profile that trusts this CA and enrols against this server's SCEP URL, for Safari or Apple
 * Configurator on a real iPhone or Mac. Defaults: no challenge, subject {@value #DEFAULT_SUBJECT}, 2048 bits.
 */
final class DownloadAppleProfile implements Function<WebRequest, WebResponse> {
    static final String CONTENT_TYPE = "application/x-apple-aspen-config";
    static final String DEFAULT_SUBJECT = "CN=mock-ndes-device";

    private final String scepUrl;
    private final byte[] trustAnchor;

    DownloadAppleProfile(String scepUrl, byte[] trustAnchor) {
        this.scepUrl = scepUrl;
        this.trustAnchor = trustAnchor.clone();
    }

    @Override
    public WebResponse apply(WebRequest request) {
        RawQuery query = RawQuery.parse(request.rawQuery());
        String subject = query.get("subject").filter(s -> !s.isBlank()).orElse(DEFAULT_SUBJECT);
        X500Name name;
        try {
            name = new X500Name(subject);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("subject is not a distinguished name: '" + subject + "' (e.g. CN=iphone-1,O=Contoso)");
        }
        String keySize = query.get("keysize").orElse("2048");
        int bits;
        try {
            bits = Integer.parseInt(keySize);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keysize must be 1024, 2048 or 4096, not '" + keySize + "'");
        }
        byte[] plist = new AppleProfile(scepUrl, trustAnchor, query.get("challenge").orElse(""), name, bits).toPlist();
        return WebResponse.ok(CONTENT_TYPE, plist)
                .withHeader("Content-Disposition", "attachment; filename=\"mock-ndes.mobileconfig\"")
                .withHeader("Cache-Control", "no-store");
    }
}
