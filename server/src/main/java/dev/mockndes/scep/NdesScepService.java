package dev.mockndes.scep;

import dev.mockndes.protocol.ContentTypes;
import dev.mockndes.protocol.Capability;
import dev.mockndes.protocol.CapsProfile;
import dev.mockndes.protocol.MessageType;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.enroll.Enroller;
import dev.mockndes.pki.Pki;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SCEP as NDES speaks it, plus the rest of RFC 8894. The CA answers are computed once;
 * PKIOperation does the crypto and must therefore run off the network threads.
 *
 * <p>Every PKIOperation passes the same checks before its messageType's handler sees it:
 * <pre>
 *   digest supported? (badAlg) → signature verifies? (badMessageCheck) → signingTime close? (badTime)
 *     → messageType handled? (badRequest) → PKCSReq | RenewalReq | CertPoll | GetCert | GetCRL
 * </pre>
 */
public final class NdesScepService implements ScepService {
    private final ScepResponse caps;
    private final ScepResponse caCert;
    private final Optional<ScepResponse> nextCaCert;
    private final PkiMessageReader reader = new PkiMessageReader();
    private final CertRepWriter writer;
    private final Map<MessageType, MessageHandler> handlers;
    private final Optional<SigningTimeCheck> signingTime;

    /** PKCSReq only, through {@code enroller}; every other messageType is badRequest. */
    public NdesScepService(Pki pki, List<Capability> capabilities, Enroller enroller) {
        this(pki, capabilities, Optional.empty(), Optional.empty(), writer -> MessageHandlers.enrolmentOnly(opener(pki), writer,
                enroller, pki.ca().certificate().getSubject()));
    }

    /** Every messageType of RFC 8894, decrypting with the CEP Encryption key only, as NDES does. */
    public NdesScepService(Pki pki, List<Capability> capabilities, ScepOperations operations) {
        this(pki, capabilities, operations, false);
    }

    /**
     * Every messageType of RFC 8894; GetNextCACert (and its capability, except in the {@code ndes}
     * profile) when {@code operations} has a next CA.
     *
     * @param lenientDecryption open envelopes addressed to the signing RA or the CA too
     */
    public NdesScepService(Pki pki, List<Capability> capabilities, ScepOperations operations, boolean lenientDecryption) {
        this(pki, withNextCa(capabilities, operations), Optional.of(operations), operations.nextCa()
                .map(next -> new ScepResponse(ContentTypes.NEXT_CA_CERT, new CertRepWriter(pki.ra().signing())
                        .signedCertificates(next.certificates()))),
                writer -> MessageHandlers.all(lenientDecryption ? lenientOpener(pki) : opener(pki), writer, operations,
                        pki.ca().certificate().getSubject()));
    }

    private NdesScepService(Pki pki, List<Capability> capabilities, Optional<ScepOperations> operations,
                            Optional<ScepResponse> nextCaCert, Function<CertRepWriter, Map<MessageType, MessageHandler>> handlers) {
        this.caps = new ScepResponse(ContentTypes.CA_CAPS, capabilities.stream().map(Capability::wire)
                .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.US_ASCII));
        this.caCert = CaCertReply.of(pki, pki.ra());
        this.nextCaCert = nextCaCert;
        this.writer = new CertRepWriter(pki.ra().signing());
        this.signingTime = operations.map(o -> new SigningTimeCheck(o.signingTimeTolerance(), o.clock()));
        this.handlers = handlers.apply(writer);
    }

    /** NDES: the CEP Encryption key alone. */
    private static EnvelopeOpener opener(Pki pki) {
        return new EnvelopeOpener(List.of(pki.ra().encryption()), true);
    }

    private static EnvelopeOpener lenientOpener(Pki pki) {
        return new EnvelopeOpener(List.of(pki.ra().encryption(), pki.ra().signing(), pki.ca().credential()));
    }

    /**
     * GetNextCACert is listed when a next CA exists, except in the {@code ndes} profile: Windows Server
     * 2022 does not list it.
     */
    private static List<Capability> withNextCa(List<Capability> capabilities, ScepOperations operations) {
        List<Capability> listed = new ArrayList<>(capabilities);
        if (operations.nextCa().isPresent() && !listed.contains(Capability.GET_NEXT_CA_CERT)
                && !capabilities.equals(CapsProfile.NDES.capabilities())) {
            listed.add(listed.contains(Capability.SCEP_STANDARD) ? listed.indexOf(Capability.SCEP_STANDARD) : listed.size(),
                    Capability.GET_NEXT_CA_CERT);
        }
        return listed;
    }

    @Override
    public ScepResponse caCaps(String message) {
        return caps;
    }

    @Override
    public ScepResponse caCert(String message) {
        return caCert;
    }

    @Override
    public Optional<ScepResponse> nextCaCert(String message) {
        return nextCaCert;
    }

    @Override
    public ScepResponse pkiOperation(byte[] message) throws ScepRequestException {
        SignedPkiMessage request = reader.read(message);
        byte[] reply;
        try {
            reply = answer(request);
        } catch (ScepFailure failure) {
            reply = writer.failure(request, failure.failInfo());
        } catch (EnvelopeOpener.NotAddressedToUs e) {
            throw new UndecryptableRequest(e.getMessage());
        }
        return new ScepResponse(ContentTypes.PKI_MESSAGE, reply);
    }

    private byte[] answer(SignedPkiMessage request) throws ScepFailure {
        if (!DigestAlgorithms.supported(request.digestAlgorithm())) {
            throw new ScepFailure(FailInfo.BAD_ALG, "digest algorithm " + request.digestAlgorithm().getAlgorithm()
                    + " is not supported (MD5, SHA-1, SHA-224/256/384/512 are)");
        }
        if (!reader.signatureVerifies(request)) {
            throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK, "the request's signature does not verify with its signer certificate");
        }
        if (signingTime.isPresent()) {
            signingTime.get().check(request);
        }
        MessageType type = MessageType.fromWire(request.messageType())
                .orElseThrow(() -> new ScepFailure(FailInfo.BAD_REQUEST, "unknown messageType " + request.messageType()));
        MessageHandler handler = handlers.get(type);
        if (handler == null) {
            throw new ScepFailure(FailInfo.BAD_REQUEST, "messageType " + type + " is not supported");
        }
        return handler.answer(request);
    }
}
