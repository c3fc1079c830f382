package dev.mockndes.scep;

import dev.mockndes.enroll.Enroller;
import dev.mockndes.enroll.PendingQueue;
import dev.mockndes.enroll.RenewalPolicy;
import dev.mockndes.enroll.CrlIssuer;
import dev.mockndes.pki.NextCa;
import dev.mockndes.store.CertificateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SCEP service needs beyond the PKI to answer every messageType of RFC 8894.
 *
 * @param enrolment          the enrolment chain PKCSReq goes through
 * @param queue              the pending queue (CertPoll, re-sent requests, renewals)
 * @param certificates       what GetCert looks in
 * @param renewal            who may send a RenewalReq
 * @param crls               the CA's CRL, for GetCRL
 * @param nextCa             the CA rollover material, when GetNextCACert is offered
 * @param signingTimeTolerance how far a request's signingTime may be off (badTime); empty = unchecked
 * @param clock              the server's clock
 */
public record ScepOperations(Enroller enrolment, PendingQueue queue, CertificateStore certificates, RenewalPolicy renewal,
                             CrlIssuer crls, Optional<NextCa> nextCa, Optional<Duration> signingTimeTolerance, Clock clock) {
    public ScepOperations {
        Objects.requireNonNull(enrolment, "enrolment");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(crls, "crls");
        Objects.requireNonNull(nextCa, "nextCa");
        Objects.requireNonNull(signingTimeTolerance, "signingTimeTolerance");
        Objects.requireNonNull(clock, "clock");
    }
}
