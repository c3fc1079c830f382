package dev.mockndes.common.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two profiles, field by field, in what a client sees: every recorded field
 * except the ones that cannot be equal between two servers with different keys, namely the Date
 * header's value, GetCACert's Content-Length (signatures and serials vary in length), absolute
 * certificate dates (their lengths must be equal) and the key identifiers' values (their presence
 * and criticality must be equal). An empty list means the two look the same.
 */
public final class ProfileComparison {
    private static final Set<String> DYNAMIC_HEADERS = Set.of("date");

    private ProfileComparison() {
    }

    public static List<String> differences(NdesProfile expected, NdesProfile actual) {
        List<String> found = new ArrayList<>();
        for (ProfileProbe probe : ProfileProbe.values()) {
            var left = expected.answer(probe);
            var right = actual.answer(probe);
            if (left.isPresent() != right.isPresent()) {
                found.add(probe.wire() + ": answered in only one profile");
            } else if (left.isPresent()) {
                answer(probe, left.get(), right.get(), found);
            }
        }
        if (expected.chain().isPresent() != actual.chain().isPresent()) {
            found.add("caCert: present in only one profile");
        } else if (expected.chain().isPresent()) {
            chain(expected.caCert(), actual.caCert(), found);
        }
        return found;
    }

    private static void answer(ProfileProbe probe, RecordedAnswer a, RecordedAnswer b, List<String> found) {
        String at = probe.wire() + ".";
        same(at + "status", a.status(), b.status(), found);
        same(at + "reason", a.reason(), b.reason(), found);
        same(at + "body", a.bodyText() + "|" + a.bodyBase64(), b.bodyText() + "|" + b.bodyBase64(), found);
        same(at + "headers", comparable(probe, a), comparable(probe, b), found);
    }

    /** The header lines with the values that cannot match blanked, keeping every name in its order. */
    private static List<String> comparable(ProfileProbe probe, RecordedAnswer answer) {
        boolean certificates = probe == ProfileProbe.GET_CA_CERT || probe == ProfileProbe.GET_CA_CERT_WITHOUT_MESSAGE;
        return answer.headerPairs().stream().map(h -> {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            boolean blank = DYNAMIC_HEADERS.contains(name) || certificates && name.equals("content-length") && answer.status() == 200;
            return h.getKey() + ": " + (blank ? "…" : h.getValue());
        }).toList();
    }

    private static void chain(RecordedChain a, RecordedChain b, List<String> found) {
        same("caCert.format", a.format(), b.format(), found);
        if (a.certificates().size() != b.certificates().size()) {
            found.add("caCert: " + a.certificates().size() + " certificates, then " + b.certificates().size());
            return;
        }
        for (int i = 0; i < a.certificates().size(); i++) {
            certificate("caCert[" + i + "].", a.certificates().get(i), b.certificates().get(i), found);
        }
    }

    private static void certificate(String at, RecordedCertificate a, RecordedCertificate b, List<String> found) {
        same(at + "subject", a.subject(), b.subject(), found);
        same(at + "subjectDer", a.subjectDer(), b.subjectDer(), found);
        same(at + "issuer", a.issuer(), b.issuer(), found);
        same(at + "issuerDer", a.issuerDer(), b.issuerDer(), found);
        same(at + "issuedBy", a.issuedBy(), b.issuedBy(), found);
        same(at + "version", a.version(), b.version(), found);
        same(at + "key", a.key(), b.key(), found);
        same(at + "signatureAlgorithm", a.signatureAlgorithm(), b.signatureAlgorithm(), found);
        same(at + "validity length", a.lifetime(), b.lifetime(), found);
        if (a.extensions().size() != b.extensions().size()) {
            found.add(at + "extensions: " + a.extensions().stream().map(RecordedExtension::oid).toList() + " then "
                    + b.extensions().stream().map(RecordedExtension::oid).toList());
            return;
        }
        for (int i = 0; i < a.extensions().size(); i++) {
            RecordedExtension x = a.extensions().get(i);
            RecordedExtension y = b.extensions().get(i);
            String where = at + "extensions[" + i + "] ";
            same(where + "oid", x.oid(), y.oid(), found);
            same(where + x.oid() + " critical", x.critical(), y.critical(), found);
            same(where + x.oid() + " value", x.value(), y.value(), found);
        }
    }

    private static void same(String field, Object a, Object b, List<String> found) {
        if (!Objects.equals(a, b)) {
            found.add(field + ": " + a + " then " + b);
        }
    }
}
