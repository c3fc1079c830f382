package dev.mockndes.admin;

import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.function.Function;

/**
 * {@code GET /devices/windows-csp.xml?challenge=…&subject=…&keylength=…&id=…}: the
 * ClientCertificateInstall CSP SyncML an MDM would send a Windows device to enrol against this
 * server, with this server's SCEP URL and CA thumbprint filled in. Defaults: no challenge, subject
 * {@value #DEFAULT_SUBJECT}, 2048 bits, id {@value #DEFAULT_ID}.
 */
final class DownloadWindowsCsp implements Function<WebRequest, WebResponse> {
    static final String DEFAULT_SUBJECT = "CN=mock-ndes-device";
    static final String DEFAULT_ID = "mock-ndes";

    private final String scepUrl;
    private final String caSha1;

    DownloadWindowsCsp(String scepUrl, String caSha1) {
        this.scepUrl = scepUrl;
        this.caSha1 = caSha1;
    }

    @Override
    public WebResponse apply(WebRequest request) {
        RawQuery query = RawQuery.parse(request.rawQuery());
        String keyLength = query.get("keylength").orElse("2048");
        int bits;
        try {
            bits = Integer.parseInt(keyLength);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keylength must be 1024, 2048 or 4096, not '" + keyLength + "'");
        }
        WindowsCspProfile profile = new WindowsCspProfile(query.get("id").filter(s -> !s.isBlank()).orElse(DEFAULT_ID), scepUrl,
                caSha1, query.get("challenge").orElse(""), query.get("subject").filter(s -> !s.isBlank()).orElse(DEFAULT_SUBJECT),
                bits);
        return WebResponse.ok("application/xml; charset=utf-8", profile.toSyncMl()).withHeader("Cache-Control", "no-store");
    }
}
