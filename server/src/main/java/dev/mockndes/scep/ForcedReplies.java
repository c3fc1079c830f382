package dev.mockndes.scep;

import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.CaCertVariants;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.protocol.ContentTypes;
import dev.mockndes.protocol.FailInfo;
import java.time.Clock;
import dev.mockndes.protocol.MessageType;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SCEP answers a fault scenario forces, whatever the request asks for: a FAILURE or PENDING
 * CertRep to a PKIOperation, and GetCACert with unhealthy RA certificates. Kept apart from
 * {@link ScepService}, which holds the SCEP operations and nothing else.
 */
public final class ForcedReplies {
    private final PkiMessageReader reader = new PkiMessageReader();
    private final CertRepWriter writer;
    private final EnvelopeOpener opener;
    private final Pki pki;
    private final PkiSettings settings;
    private final Clock clock;
    /** RA variants are generated once each, on first use (RSA key generation), and kept for the server's life. */
    private final Map<RaVariant, ScepResponse> variants = new ConcurrentHashMap<>();
    /** Certificate sets, likewise generated once each. */
    private final Map<CaCertVariant, ScepResponse> sets = new ConcurrentHashMap<>();

    public ForcedReplies(Pki pki, PkiSettings settings, Clock clock) {
        this.writer = new CertRepWriter(pki.ra().signing());
        this.opener = new EnvelopeOpener(java.util.List.of(pki.ra().encryption()));
        this.pki = pki;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A FAILURE CertRep carrying {@code failInfo}: a policy module saying no.
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    public ScepResponse refuse(byte[] message, FailInfo failInfo) throws ScepRequestException {
        return new ScepResponse(ContentTypes.PKI_MESSAGE, writer.failure(reader.read(message), failInfo));
    }

    /**
     * A FAILURE CertRep carrying {@code failInfo}, after telling {@code refused} the transactionID of
     * the request it refuses (for the logs of whoever refused it).
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    public ScepResponse refuse(byte[] message, FailInfo failInfo, java.util.function.Consumer<String> refused)
            throws ScepRequestException {
        SignedPkiMessage request = reader.read(message);
        refused.accept(request.transactionIdText());
        return new ScepResponse(ContentTypes.PKI_MESSAGE, writer.failure(request, failInfo));
    }

    /**
     * A FAILURE CertRep carrying {@code failInfo}, whose szOID_ENROLL_SCEP_ERROR is {@code hresult}: the
     * error NDES met on its way to the CA.
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    public ScepResponse refuse(byte[] message, FailInfo failInfo, int hresult) throws ScepRequestException {
        return new ScepResponse(ContentTypes.PKI_MESSAGE, writer.failure(reader.read(message), failInfo, hresult));
    }

    /**
     * The subject a PKCSReq asks for, read as NDES would before passing it to the CA; empty for
     * other message types or when the envelope cannot be opened with the CEP Encryption key.
     */
    public Optional<X500Name> requestedSubject(byte[] message) {
        try {
            SignedPkiMessage request = reader.read(message);
            if (!MessageType.PKCS_REQ.wire().equals(request.messageType())) {
                return Optional.empty();
            }
            return Optional.of(CsrReader.read(opener.open(request.envelope()).content()).getSubject());
        } catch (ScepRequestException | ScepFailure | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A PENDING CertRep: a request waiting for a CA manager who never comes.
     *
     * @throws ScepRequestException when the bytes are not a SCEP message that can be answered at all
     */
    public ScepResponse pend(byte[] message) throws ScepRequestException {
        return new ScepResponse(ContentTypes.PKI_MESSAGE, writer.pending(reader.read(message)));
    }

    /** GetCACert with RA certificates made as {@code variant} says (expired, not yet valid, foreign). */
    public ScepResponse caCert(RaVariant variant) {
        return variants.computeIfAbsent(variant, v -> CaCertReply.of(pki, pki.raVariant(v, settings, clock)));
    }

    /** GetCACert with the certificate set of {@code variant} (wrong recipient, re-signed CA, renewed CA). */
    public ScepResponse caCertSet(CaCertVariant variant) {
        return sets.computeIfAbsent(variant, v -> new ScepResponse(ContentTypes.CA_RA_CERT,
                CertsOnly.encode(CaCertVariants.layout(v, pki, settings, clock))));
    }
}
