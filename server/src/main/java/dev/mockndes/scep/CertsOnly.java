package dev.mockndes.scep;

import java.io.IOException;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.util.CollectionStore;

/**
 * Degenerate certs-only SignedData (PKCS#7), definite-length encoded with the certificates in the
 * given order: GetCACert's RA-first layout and the issued-certificate-first CertRep both rely on it.
 */
public final class CertsOnly {
    private CertsOnly() {
    }

    public static byte[] encode(List<X509CertificateHolder> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new CollectionStore<>(certificates));
            return generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DL);
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot encode a certs-only SignedData: " + e.getMessage(), e);
        }
    }

    /** A degenerate SignedData holding one CRL and no certificates: GetCRL's reply content. */
    public static byte[] encodeCrl(org.bouncycastle.cert.X509CRLHolder crl) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCRL(crl);
            return generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DL);
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot encode a CRL-only SignedData: " + e.getMessage(), e);
        }
    }
}
