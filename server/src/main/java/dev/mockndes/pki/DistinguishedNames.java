package dev.mockndes.pki;

import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** A distinguished name taken apart: its RDNs in order, each a list of (short name or OID, value) pairs. */
public final class DistinguishedNames {
    private DistinguishedNames() {
    }

    /** E.g. CN=iphone-1,O=Contoso → [[CN=iphone-1], [O=Contoso]]; an attribute without a short name keeps its dotted OID. */
    public static List<List<Map.Entry<String, String>>> rdns(X500Name name) {
        return java.util.Arrays.stream(name.getRDNs()).map(DistinguishedNames::pairs).toList();
    }

    private static List<Map.Entry<String, String>> pairs(RDN rdn) {
        return java.util.Arrays.stream(rdn.getTypesAndValues()).map(DistinguishedNames::pair).toList();
    }

    private static Map.Entry<String, String> pair(AttributeTypeAndValue attribute) {
        String shortName = BCStyle.INSTANCE.oidToDisplayName(attribute.getType());
        return Map.entry(shortName == null ? attribute.getType().getId() : shortName, IETFUtils.valueToString(attribute.getValue()));
    }
}
