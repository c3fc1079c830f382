package dev.mockndes.harness.record;

import dev.mockndes.common.profile.RecordedCertificate;
import dev.mockndes.common.profile.RecordedChain;
import dev.mockndes.common.profile.RecordedExtension;
import dev.mockndes.common.profile.RecordedKey;
import dev.mockndes.harness.device.CaCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A GetCACert chain reduced to what the replay needs to make one of the same shape: names (as DER, so
 * string types survive), who issued whom, key types and sizes, signature algorithms, validity and
 * every extension with its criticality and value (the key identifiers by presence only).
 */
final class ChainShape {
    private ChainShape() {
    }

    static RecordedChain of(String format, List<X509Certificate> chain) {
        List<RecordedCertificate> shapes = new ArrayList<>();
        for (X509Certificate cert : chain) {
            shapes.add(certificate(cert, chain));
        }
        return new RecordedChain(format, shapes);
    }

    private static RecordedCertificate certificate(X509Certificate cert, List<X509Certificate> chain) {
        X509CertificateHolder holder = holder(cert);
        Integer issuedBy = CaCertificates.selfSigned(cert) ? chain.indexOf(cert)
                : CaCertificates.issuerOf(cert, chain).map(chain::indexOf).orElse(null);
        List<RecordedExtension> extensions = new ArrayList<>();
        if (holder.getExtensions() != null) {
            for (ASN1ObjectIdentifier oid : holder.getExtensions().getExtensionOIDs()) {
                Extension extension = holder.getExtension(oid);
                boolean derived = RecordedExtension.KEY_DERIVED.contains(oid.getId());
                extensions.add(new RecordedExtension(oid.getId(), ExtensionWords.name(oid.getId()), extension.isCritical(),
                        derived ? null : Base64.getEncoder().encodeToString(extension.getExtnValue().getOctets()),
                        ExtensionWords.readable(extension)));
            }
        }
        return new RecordedCertificate(holder.getSubject().toString(), der(holder.getSubject()),
                holder.getIssuer().toString(), der(holder.getIssuer()), issuedBy, cert.getVersion(), key(holder, cert),
                cert.getSigAlgName(), cert.getNotBefore().toInstant().toString(), cert.getNotAfter().toInstant().toString(), extensions);
    }

    private static RecordedKey key(X509CertificateHolder holder, X509Certificate cert) {
        if (cert.getPublicKey() instanceof RSAPublicKey rsa) {
            return new RecordedKey("RSA", rsa.getModulus().bitLength(), null);
        }
        if (cert.getPublicKey() instanceof ECPublicKey ec) {
            SubjectPublicKeyInfo info = holder.getSubjectPublicKeyInfo();
            String curve = ECNamedCurveTable.getName(ASN1ObjectIdentifier.getInstance(info.getAlgorithm().getParameters()));
            return new RecordedKey("EC", ec.getParams().getCurve().getField().getFieldSize(), curve);
        }
        throw new IllegalArgumentException("GetCACert holds a " + cert.getPublicKey().getAlgorithm()
                + " key, which a profile cannot describe (RSA or EC)");
    }

    private static X509CertificateHolder holder(X509Certificate cert) {
        try {
            return new X509CertificateHolder(cert.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("a GetCACert certificate cannot be re-read: " + e.getMessage(), e);
        }
    }

    private static String der(org.bouncycastle.asn1.x500.X500Name name) {
        try {
            return Base64.getEncoder().encodeToString(name.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
