package dev.mockndes.harness.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/** Names and plain-words values of the extensions a profile shows people (the replay reads only OID, criticality and DER). */
final class ExtensionWords {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("2.5.29.14", "subjectKeyIdentifier"), Map.entry("2.5.29.35", "authorityKeyIdentifier"),
            Map.entry("2.5.29.15", "keyUsage"), Map.entry("2.5.29.37", "extendedKeyUsage"),
            Map.entry("2.5.29.19", "basicConstraints"), Map.entry("2.5.29.17", "subjectAltName"),
            Map.entry("2.5.29.31", "cRLDistributionPoints"), Map.entry("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"),
            Map.entry("2.5.29.32", "certificatePolicies"),
            Map.entry("1.3.6.1.4.1.311.20.2", "Microsoft certificate template name"),
            Map.entry("1.3.6.1.4.1.311.21.7", "Microsoft certificate template"),
            Map.entry("1.3.6.1.4.1.311.21.10", "Microsoft application policies"),
            Map.entry("1.3.6.1.4.1.311.21.1", "Microsoft CA version"),
            Map.entry("1.3.6.1.4.1.311.21.2", "Microsoft previous CA certificate hash"),
            Map.entry("1.2.840.113549.1.9.15", "S/MIME capabilities"));
    private static final String[] KEY_USAGES = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
            "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final Map<String, String> PURPOSES = Map.of("1.3.6.1.5.5.7.3.1", "serverAuth", "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.4.1.311.20.2.1", "certificateRequestAgent", "1.3.6.1.5.5.8.2.2", "ipsecIKEIntermediate");

    private ExtensionWords() {
    }

    static String name(String oid) {
        return NAMES.get(oid);
    }

    /** The value in words for the usual extensions; null for the others, whose DER the profile keeps anyway. */
    static String readable(Extension extension) {
        try {
            String oid = extension.getExtnId().getId();
            ASN1Primitive value = extension.getParsedValue().toASN1Primitive();
            return switch (oid) {
                case "2.5.29.15" -> keyUsage(KeyUsage.getInstance(value));
                case "2.5.29.37" -> String.join(", ", java.util.Arrays.stream(ExtendedKeyUsage.getInstance(value).getUsages())
                        .map(KeyPurposeId::getId).map(id -> PURPOSES.getOrDefault(id, id)).toList());
                case "2.5.29.19" -> {
                    BasicConstraints constraints = BasicConstraints.getInstance(value);
                    yield "CA:" + constraints.isCA() + (constraints.getPathLenConstraint() == null ? "" : ", pathLen:"
                            + constraints.getPathLenConstraint());
                }
                case "1.3.6.1.4.1.311.20.2" -> value instanceof ASN1String text ? text.getString() : null;
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String keyUsage(KeyUsage usage) {
        List<String> set = new ArrayList<>();
        for (int bit = 0; bit < KEY_USAGES.length; bit++) {
            int mask = bit < 8 ? 1 << (7 - bit) : 1 << 15;
            if (usage.hasUsages(mask)) {
                set.add(KEY_USAGES[bit]);
            }
        }
        return String.join(", ", set);
    }
}
