package dev.mockndes.scep;

import dev.mockndes.pki.Pki;
import dev.mockndes.pki.RaCredentials;
import dev.mockndes.protocol.ContentTypes;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The GetCACert answer as a real NDES lays it out: signing RA, encryption RA, then the CA (and its
 * root in a two-tier PKI), as a degenerate certs-only SignedData.
 */
final class CaCertReply {
    private CaCertReply() {
    }

    static ScepResponse of(Pki pki, RaCredentials ra) {
        List<X509CertificateHolder> layout = new ArrayList<>(List.of(ra.signing().holder(), ra.encryption().holder()));
        layout.addAll(pki.caCertificates());
        return new ScepResponse(ContentTypes.CA_RA_CERT, CertsOnly.encode(layout));
    }
}
