package dev.mockndes.pki;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * A CSR's subjectAltNames as comparable strings: {@code dns:host}, {@code email:addr},
 * {@code upn:user@domain}, {@code uri:…}, {@code ip:…}. Types are lower case, values as sent.
 */
public final class SubjectAltNames {
    /** szOID_NT_PRINCIPAL_NAME: the UPN otherName. */
    private static final ASN1ObjectIdentifier UPN = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2.3");

    private SubjectAltNames() {
    }

    public static Set<String> of(PKCS10CertificationRequest csr) {
        Set<String> names = new LinkedHashSet<>();
        RequestedExtensions.of(csr).get(Extension.subjectAlternativeName).ifPresent(extension -> {
            for (GeneralName name : GeneralNames.getInstance(extension.getParsedValue()).getNames()) {
                names.add(describe(name));
            }
        });
        return names;
    }

    /** Normalises "TYPE:value" strings given by a user (type case-insensitive). */
    public static String normalise(String typeAndValue) {
        int colon = typeAndValue.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a subjectAltName is written type:value (dns, email, upn, uri, ip), not '"
                    + typeAndValue + "'");
        }
        return typeAndValue.substring(0, colon).trim().toLowerCase(Locale.ROOT) + ":" + typeAndValue.substring(colon + 1).trim();
    }

    private static String describe(GeneralName name) {
        switch (name.getTagNo()) {
            case GeneralName.dNSName:
                return "dns:" + ((ASN1String) name.getName()).getString();
            case GeneralName.rfc822Name:
                return "email:" + ((ASN1String) name.getName()).getString();
            case GeneralName.uniformResourceIdentifier:
                return "uri:" + ((ASN1String) name.getName()).getString();
            case GeneralName.iPAddress:
                return "ip:" + ipText(name);
            case GeneralName.otherName:
                ASN1Sequence other = ASN1Sequence.getInstance(name.getName());
                if (UPN.equals(other.getObjectAt(0))) {
                    var value = ASN1TaggedObject.getInstance(other.getObjectAt(1)).getBaseObject();
                    return "upn:" + (value instanceof ASN1String text ? text.getString() : value.toString());
                }
                return "other:" + other.getObjectAt(0);
            default:
                return "tag" + name.getTagNo() + ":" + name.getName();
        }
    }

    private static String ipText(GeneralName name) {
        byte[] address = org.bouncycastle.asn1.ASN1OctetString.getInstance(name.getName()).getOctets();
        try {
            return java.net.InetAddress.getByAddress(address).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return org.bouncycastle.util.encoders.Hex.toHexString(address);
        }
    }
}
