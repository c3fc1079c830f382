package dev.mockndes.scep;

import dev.mockndes.enroll.Enroller;
import dev.mockndes.enroll.EnrolmentRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** PKCSReq (19): the CSR goes through the enrolment chain. */
final class PkcsReqHandler implements MessageHandler {
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final Enroller chain;

    PkcsReqHandler(EnvelopeOpener opener, CertRepWriter writer, Enroller chain) {
        this.opener = opener;
        this.writer = writer;
        this.chain = chain;
    }

    @Override
    public byte[] answer(SignedPkiMessage request) throws ScepFailure {
        OpenedEnvelope envelope = opener.open(request.envelope());
        PKCS10CertificationRequest csr = CsrReader.read(envelope.content());
        var result = chain.enrol(new EnrolmentRequest(csr, CsrReader.challenge(csr), request.transactionIdText()));
        return EnrolmentReplies.of(writer, request, result, envelope.contentCipher());
    }
}
