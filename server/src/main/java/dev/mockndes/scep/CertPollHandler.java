package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.enroll.PendingQueue;

/**
 * CertPoll / GetCertInitial (20). The transaction is found by transactionID alone: the
 * IssuerAndSubject clients put in the envelope varies too much to be useful (scep-interop.md §6).
 * An unknown transaction is badCertId.
 */
final class CertPollHandler implements MessageHandler {
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final PendingQueue queue;

    CertPollHandler(EnvelopeOpener opener, CertRepWriter writer, PendingQueue queue) {
        this.opener = opener;
        this.writer = writer;
        this.queue = queue;
    }

    @Override
    public byte[] answer(SignedPkiMessage request) throws ScepFailure {
        OpenedEnvelope envelope = opener.open(request.envelope());
        var result = queue.poll(request.transactionIdText()).orElseThrow(() -> new ScepFailure(FailInfo.BAD_CERT_ID,
                "no pending transaction " + request.transactionIdText()));
        return EnrolmentReplies.of(writer, request, result, envelope.contentCipher());
    }
}
