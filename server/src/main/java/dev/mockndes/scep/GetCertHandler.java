package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.store.CertificateStore;
import java.util.List;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.x500.X500Name;

/** GetCert (21): the certificate named by IssuerAndSerialNumber, from the store; badCertId when this CA never issued it. */
final class GetCertHandler implements MessageHandler {
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final CertificateStore store;
    private final X500Name ca;

    GetCertHandler(EnvelopeOpener opener, CertRepWriter writer, CertificateStore store, X500Name ca) {
        this.opener = opener;
        this.writer = writer;
        this.store = store;
        this.ca = ca;
    }

    @Override
    public byte[] answer(SignedPkiMessage request) throws ScepFailure {
        OpenedEnvelope envelope = opener.open(request.envelope());
        IssuerAndSerialNumber wanted = IssuerAndSerial.read(envelope.content());
        var certificate = store.find(wanted.getSerialNumber().getValue())
                .filter(found -> ca.equals(wanted.getName()))
                .orElseThrow(() -> new ScepFailure(FailInfo.BAD_CERT_ID, "no certificate with serial "
                        + wanted.getSerialNumber().getValue().toString(16) + " issued by " + wanted.getName()));
        return writer.success(request, CertsOnly.encode(List.of(certificate)), envelope.contentCipher());
    }
}
