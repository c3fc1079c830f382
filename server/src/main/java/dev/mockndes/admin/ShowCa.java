package dev.mockndes.admin;

import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.Thumbprints;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * {@code GET /ca}: the trust anchor devices pin (the root in a two-tier PKI): subject, validity and the
 * sha1/sha256/md5 thumbprints MDM profiles are given (upper-case hex), and the SCEP URL.
 */
final class ShowCa implements Function<WebRequest, WebResponse> {
    private final Map<String, Object> description = new LinkedHashMap<>();

    ShowCa(X509CertificateHolder trustAnchor, String scepUrl) {
        Thumbprints thumbprints = Thumbprints.of(Certificates.encoded(trustAnchor));
        description.put("subject", trustAnchor.getSubject().toString());
        description.put("notBefore", trustAnchor.getNotBefore().toInstant().toString());
        description.put("notAfter", trustAnchor.getNotAfter().toInstant().toString());
        description.put("thumbprints", Map.of("sha1", thumbprints.sha1(), "sha256", thumbprints.sha256(), "md5", thumbprints.md5()));
        description.put("scepUrl", scepUrl);
    }

    @Override
    public WebResponse apply(WebRequest request) {
        return Json.ok(description);
    }
}
