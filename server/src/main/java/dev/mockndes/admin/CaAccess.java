package dev.mockndes.admin;

import dev.mockndes.store.CertificateStore;
import java.time.Clock;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What the admin API shows of the CA and lets an operator change.
 *
 * @param trustAnchor  the certificate devices pin (the root in a two-tier PKI)
 * @param scepUrl      the URL devices enrol at
 * @param certificates every certificate issued, and the revocations
 * @param clock        the time revocations are stamped with
 */
public record CaAccess(X509CertificateHolder trustAnchor, String scepUrl, CertificateStore certificates, Clock clock) {
}
