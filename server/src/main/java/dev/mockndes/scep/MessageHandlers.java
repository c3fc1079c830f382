package dev.mockndes.scep;

import dev.mockndes.enroll.Enroller;
import dev.mockndes.protocol.MessageType;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The SCEP service's handlers, one per messageType: the one list a new messageType is added to
 * (ARCHITECTURE.md, "add a SCEP message type"). A messageType without a handler is badRequest.
 */
final class MessageHandlers {
    private MessageHandlers() {
    }

    /** Every messageType of RFC 8894. */
    static Map<MessageType, MessageHandler> all(EnvelopeOpener opener, CertRepWriter writer, ScepOperations operations,
                                                X500Name caSubject) {
        MessageHandler renewal = new RenewalReqHandler(opener, writer, operations.renewal(), operations.queue());
        return Map.of(
                MessageType.PKCS_REQ, new PkcsReqHandler(opener, writer, operations.enrolment(), Optional.of(renewal), caSubject),
                MessageType.RENEWAL_REQ, renewal,
                MessageType.CERT_POLL, new CertPollHandler(opener, writer, operations.queue()),
                MessageType.GET_CERT, new GetCertHandler(opener, writer, operations.certificates(), caSubject),
                MessageType.GET_CRL, new GetCrlHandler(opener, writer, operations.crls()));
    }

    /** PKCSReq alone, through {@code enroller}: enrolment without the rest of RFC 8894. */
    static Map<MessageType, MessageHandler> enrolmentOnly(EnvelopeOpener opener, CertRepWriter writer, Enroller enroller,
                                                          X500Name caSubject) {
        return Map.of(MessageType.PKCS_REQ, new PkcsReqHandler(opener, writer, enroller, Optional.empty(), caSubject));
    }
}
