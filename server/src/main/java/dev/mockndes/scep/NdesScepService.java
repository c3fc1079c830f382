package dev.mockndes.scep;

import dev.mockndes.enroll.Enroller;
import dev.mockndes.enroll.EnrolmentRequest;
import dev.mockndes.enroll.EnrolmentResult;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.RaCredentials;
import dev.mockndes.pki.RaVariant;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.encoders.Hex;

/**
 * SCEP as NDES speaks it. The CA answers are computed once; PKIOperation does the crypto and
 * must therefore run off the network threads.
 *
 * <p>GetCACert layout, as a real NDES sends it: signing RA, encryption RA, then the CA (and its
 * root in a two-tier PKI).
 */
public final class NdesScepService implements ScepService {
    private final ScepResponse caps;
    private final ScepResponse caCert;
    private final PkiMessageReader reader = new PkiMessageReader();
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final Enroller enroller;
    private final Pki pki;
    private final PkiSettings settings;
    /** RA variants are generated once each, on first use. */
    private final Map<RaVariant, ScepResponse> variants = new ConcurrentHashMap<>();

    public NdesScepService(Pki pki, PkiSettings settings, List<Capability> capabilities, Enroller enroller) {
        this.pki = pki;
        this.settings = settings;
        this.caps = new ScepResponse(ContentTypes.CA_CAPS, capabilities.stream().map(Capability::wire)
                .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.US_ASCII));
        this.caCert = caCertResponse(pki, pki.ra());
        this.opener = new EnvelopeOpener(List.of(pki.ra().encryption(), pki.ra().signing(), pki.ca().credential()));
        this.writer = new CertRepWriter(pki.ra().signing());
        this.enroller = enroller;
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
    public ScepResponse caCert(String message, RaVariant variant) {
        return variants.computeIfAbsent(variant, v -> caCertResponse(pki, pki.raVariant(v, settings, Clock.systemUTC())));
    }

    private static ScepResponse caCertResponse(Pki pki, RaCredentials ra) {
        List<X509CertificateHolder> layout = new ArrayList<>(List.of(ra.signing().holder(), ra.encryption().holder()));
        layout.addAll(pki.caCertificates());
        return new ScepResponse(ContentTypes.CA_RA_CERT, CertsOnly.encode(layout));
    }

    @Override
    public Optional<ScepResponse> nextCaCert(String message) {
        return Optional.empty();
    }

    @Override
    public ScepResponse pkiOperation(byte[] message) throws ScepRequestException {
        SignedPkiMessage request = reader.read(message);
        byte[] reply;
        try {
            reply = answer(request);
        } catch (ScepFailure failure) {
            reply = writer.failure(request, failure.failInfo());
        }
        return new ScepResponse(ContentTypes.PKI_MESSAGE, reply);
    }

    @Override
    public ScepResponse refuse(byte[] message, FailInfo failInfo) throws ScepRequestException {
        return new ScepResponse(ContentTypes.PKI_MESSAGE, writer.failure(reader.read(message), failInfo));
    }

    @Override
    public ScepResponse pend(byte[] message) throws ScepRequestException {
        return new ScepResponse(ContentTypes.PKI_MESSAGE, writer.pending(reader.read(message)));
    }

    private byte[] answer(SignedPkiMessage request) throws ScepFailure {
        if (!reader.signatureVerifies(request)) {
            throw new ScepFailure(FailInfo.BAD_MESSAGE_CHECK, "the request's signature does not verify with its signer certificate");
        }
        MessageType type = MessageType.fromWire(request.messageType())
                .orElseThrow(() -> new ScepFailure(FailInfo.BAD_REQUEST, "unknown messageType " + request.messageType()));
        if (type != MessageType.PKCS_REQ) {
            throw new ScepFailure(FailInfo.BAD_REQUEST, "messageType " + type + " is not supported");
        }
        OpenedEnvelope envelope = opener.open(request.envelope());
        PKCS10CertificationRequest csr = CsrReader.read(envelope.content());
        EnrolmentResult result = enroller.enrol(new EnrolmentRequest(csr, CsrReader.challenge(csr), transactionIdText(request)));
        if (result instanceof EnrolmentResult.Issued issued) {
            return writer.success(request, issued.certificate(), envelope.contentCipher());
        }
        if (result instanceof EnrolmentResult.Rejected rejected) {
            throw new ScepFailure(rejected.failInfo(), rejected.reason());
        }
        return writer.pending(request);
    }

    private static String transactionIdText(SignedPkiMessage request) {
        if (request.transactionId() instanceof ASN1String text) {
            return text.getString();
        }
        try {
            return Hex.toHexString(request.transactionId().toASN1Primitive().getEncoded());
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
