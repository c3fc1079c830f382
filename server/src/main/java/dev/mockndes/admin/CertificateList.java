package dev.mockndes.admin;

import java.util.List;

/** {@code GET /certificates}: how many the CA issued, and the newest of them, newest first. */
public record CertificateList(long count, List<CertificateView> certificates) {
}
