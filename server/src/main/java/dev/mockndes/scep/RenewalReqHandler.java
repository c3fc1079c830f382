package dev.mockndes.scep;

import dev.mockndes.enroll.EnrolmentRequest;
import dev.mockndes.enroll.PendingQueue;
import dev.mockndes.enroll.RenewalPolicy;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * RenewalReq (17): signed with a certificate this CA issued, for the same key or a new one. The
 * old certificate authenticates the request, so there is no challenge check; it then waits in the
 * pending queue like any other request.
 */
final class RenewalReqHandler implements MessageHandler {
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final RenewalPolicy policy;
    private final PendingQueue queue;

    RenewalReqHandler(EnvelopeOpener opener, CertRepWriter writer, RenewalPolicy policy, PendingQueue queue) {
        this.opener = opener;
        this.writer = writer;
        this.policy = policy;
        this.queue = queue;
    }

    @Override
    public byte[] answer(SignedPkiMessage request) throws ScepFailure {
        OpenedEnvelope envelope = opener.open(request.envelope());
        PKCS10CertificationRequest csr = CsrReader.read(envelope.content());
        EnrolmentRequest renewal = new EnrolmentRequest(csr, CsrReader.challenge(csr), request.transactionIdText());
        var resent = queue.resent(renewal);
        if (resent.isPresent()) {
            return EnrolmentReplies.of(writer, request, resent.get(), envelope.contentCipher());
        }
        var refusal = policy.check(request.signer());
        if (refusal.isPresent()) {
            throw new ScepFailure(refusal.get().failInfo(), refusal.get().reason());
        }
        return EnrolmentReplies.of(writer, request, queue.enrol(renewal), envelope.contentCipher());
    }
}
