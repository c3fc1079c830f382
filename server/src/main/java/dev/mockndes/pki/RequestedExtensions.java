package dev.mockndes.pki;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** The extensions a CSR asks for in its PKCS#9 extensionRequest attribute (or Microsoft's older OID for it). */
final class RequestedExtensions {
    /** szOID_CERT_EXTENSIONS, which Windows clients use instead of PKCS#9 extensionRequest. */
    private static final org.bouncycastle.asn1.ASN1ObjectIdentifier MS_CERT_EXTENSIONS =
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.311.2.1.14");

    private final Extensions extensions;

    private RequestedExtensions(Extensions extensions) {
        this.extensions = extensions;
    }

    static RequestedExtensions of(PKCS10CertificationRequest csr) {
        for (Attribute attribute : csr.getAttributes()) {
            if (attribute.getAttrType().equals(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)
                    || attribute.getAttrType().equals(MS_CERT_EXTENSIONS)) {
                ASN1Encodable[] values = attribute.getAttributeValues();
                if (values.length > 0) {
                    return new RequestedExtensions(Extensions.getInstance(values[0]));
                }
            }
        }
        return new RequestedExtensions(null);
    }

    Optional<Extension> get(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return extensions == null ? Optional.empty() : Optional.ofNullable(extensions.getExtension(oid));
    }
}
