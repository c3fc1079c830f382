package dev.mockndes.scep;

import dev.mockndes.enroll.Enroller;
import dev.mockndes.enroll.EnrolmentRequest;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * PKCSReq (19): the CSR goes through the enrolment chain. A PKCSReq signed by a certificate that
 * names this CA as its issuer (not a self-signed one) is a renewal the pre-RFC 8894 way, as jscep
 * and older clients send it, and is handled exactly like a RenewalReq.
 */
final class PkcsReqHandler implements MessageHandler {
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final Enroller chain;
    private final Optional<MessageHandler> renewal;
    private final X500Name ca;

    PkcsReqHandler(EnvelopeOpener opener, CertRepWriter writer, Enroller chain, Optional<MessageHandler> renewal, X500Name ca) {
        this.opener = opener;
        this.writer = writer;
        this.chain = chain;
        this.renewal = renewal;
        this.ca = ca;
    }

    @Override
    public byte[] answer(SignedPkiMessage request) throws ScepFailure {
        if (renewal.isPresent() && signedByOurCertificate(request.signer())) {
            return renewal.get().answer(request);
        }
        OpenedEnvelope envelope = opener.open(request.envelope());
        PKCS10CertificationRequest csr = CsrReader.read(envelope.content());
        var result = chain.enrol(new EnrolmentRequest(csr, CsrReader.challenge(csr), request.transactionIdText()));
        return EnrolmentReplies.of(writer, request, result, envelope.contentCipher());
    }

    private boolean signedByOurCertificate(X509CertificateHolder signer) {
        return ca.equals(signer.getIssuer()) && !signer.getSubject().equals(signer.getIssuer());
    }
}
