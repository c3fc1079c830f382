package dev.mockndes.scep;

import dev.mockndes.enroll.CrlIssuer;

/**
 * GetCRL (22): the CA's current CRL in a degenerate SignedData (RFC 8894 §3.3.2), whatever
 * certificate the IssuerAndSerialNumber names, as long as it is well-formed.
 */
final class GetCrlHandler implements MessageHandler {
    private final EnvelopeOpener opener;
    private final CertRepWriter writer;
    private final CrlIssuer crls;

    GetCrlHandler(EnvelopeOpener opener, CertRepWriter writer, CrlIssuer crls) {
        this.opener = opener;
        this.writer = writer;
        this.crls = crls;
    }

    @Override
    public byte[] answer(SignedPkiMessage request) throws ScepFailure {
        OpenedEnvelope envelope = opener.open(request.envelope());
        IssuerAndSerial.read(envelope.content());
        return writer.success(request, CertsOnly.encodeCrl(crls.current()), envelope.contentCipher());
    }
}
