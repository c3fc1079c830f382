package dev.mockndes.harness.record;

import dev.mockndes.common.SystemWords;
import dev.mockndes.common.profile.NdesProfile;
import dev.mockndes.common.profile.ProfileProbe;
import dev.mockndes.common.profile.RecordedAnswer;
import dev.mockndes.common.profile.RecordedChain;
import dev.mockndes.harness.cli.HarnessError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Sends every {@link ProfileProbe} to a SCEP URL, one connection each, and files the answers as a
 * profile. Read-only: no probe carries a SCEP message, so nothing is enrolled.
 */
public final class Recorder {
    static final String USER_AGENT = "scep-harness-record/1.0";

    private final VerbatimHttp http;
    private final Clock clock;
    private final String recordedBy;

    public Recorder(Duration timeout, Clock clock, String recordedBy) {
        this.http = new VerbatimHttp(timeout, USER_AGENT);
        this.clock = clock;
        this.recordedBy = recordedBy;
    }

    /** @throws HarnessError when the server cannot be reached or its GetCACert holds no readable certificate */
    public NdesProfile record(URI url) {
        String recordedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        List<RecordedAnswer> answers = new ArrayList<>();
        RecordedChain chain = null;
        for (ProfileProbe probe : ProfileProbe.values()) {
            VerbatimHttp.Answer answer = send(url, probe);
            String request = "GET " + url.getRawPath() + (probe.query().isEmpty() ? "" : "?" + probe.query());
            RecordedAnswer recorded = RecordedAnswer.of(probe, request, answer.status(), answer.reason(), answer.headerLines(), answer.body());
            if ((probe == ProfileProbe.GET_CA_CERT || probe == ProfileProbe.GET_CA_CERT_WITHOUT_MESSAGE) && answer.status() == 200) {
                Optional<RecordedChain> certificates = chain(answer);
                if (certificates.isPresent()) {
                    chain = chain == null ? certificates.get() : chain;
                    recorded = recorded.withoutBody();
                }
            }
            answers.add(recorded);
        }
        if (chain == null) {
            throw new HarnessError("no CA certificates at " + url, "GetCACert answered "
                    + answers.get(ProfileProbe.GET_CA_CERT.ordinal()).status() + " without a readable certificate",
                    "check the URL with 'scep-harness probe " + url + "'; a profile needs the server's GetCACert");
        }
        return new NdesProfile(NdesProfile.VERSION, url.toString(), recordedAt, recordedBy, answers, chain);
    }

    private VerbatimHttp.Answer send(URI url, ProfileProbe probe) {
        try {
            return http.get(url, probe.query());
        } catch (IOException e) {
            throw new HarnessError("cannot record " + url + " (" + probe.wire() + ")", SystemWords.of(e),
                    "check that the server runs and the URL is right: 'scep-harness probe " + url + "' says more");
        }
    }

    /** The certificates by Content-Type, or by what the body turns out to be when the type is neither of SCEP's. */
    private static Optional<RecordedChain> chain(VerbatimHttp.Answer answer) {
        String type = answer.header("content-type");
        if (!type.equals("application/x-x509-ca-cert")) {
            try {
                List<X509Certificate> certs = new ArrayList<>();
                JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
                for (X509CertificateHolder holder : new CMSSignedData(answer.body()).getCertificates().getMatches(null)) {
                    certs.add(converter.getCertificate(holder));
                }
                if (!certs.isEmpty()) {
                    return Optional.of(ChainShape.of(RecordedChain.PKCS7, certs));
                }
            } catch (Exception notPkcs7) {
                // Try a single certificate below.
            }
        }
        try {
            X509Certificate single = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(answer.body()));
            return Optional.of(ChainShape.of(RecordedChain.DER, List.of(single)));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
